package org.redress.pdf;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to render: form mode, signing, extra embedded files, where images come from, page size and limits.
 * Immutable and thread-safe; {@link #defaults()} or {@link #builder()}.
 *
 * @since 1.0
 */
public final class RenderOptions {

    /** Default largest image or attachment read, in bytes (50 MiB). */
    public static final long DEFAULT_MAX_IMAGE_BYTES = 50L * 1024 * 1024;
    /** Default largest image, in pixels (50 megapixels). */
    public static final long DEFAULT_MAX_IMAGE_PIXELS = 50_000_000L;

    /** A page size. */
    public enum PageSize {
        /** ISO A4, 210 x 297 mm. */
        A4(595.276f, 841.89f),
        /** US Letter, 8.5 x 11 in. */
        LETTER(612f, 792f);

        private final float width;
        private final float height;

        PageSize(float width, float height) {
            this.width = width;
            this.height = height;
        }

        /** {@return the width in points} */
        public float width() {
            return width;
        }

        /** {@return the height in points} */
        public float height() {
            return height;
        }
    }

    /** What to do when an exhibit image or an attachment cannot be read or is too large. */
    public enum ImageFailure {
        /** Fail the render with an {@link org.redress.core.InvalidDataException} naming the block. */
        FAIL,
        /** Draw a visible placeholder (or leave the attachment out) and report a {@link RenderWarning}. */
        PLACEHOLDER
    }

    private static final RenderOptions DEFAULTS = builder().build();

    private final FormMode formMode;
    private final SigningOptions signing;
    private final List<EmbeddedFile> embeddedFiles;
    private final ImageResolver imageResolver;
    private final PageSize pageSize;
    private final ImageFailure imageFailure;
    private final long maxImageBytes;
    private final long maxImagePixels;
    private final boolean tagged;
    private final Instant creationTime;
    private final List<Path> fallbackFonts;

    private RenderOptions(Builder b) {
        this.fallbackFonts = List.copyOf(b.fallbackFonts);
        this.formMode = b.formMode;
        this.signing = b.signing;
        this.embeddedFiles = List.copyOf(b.embeddedFiles);
        this.imageResolver = b.imageResolver;
        this.pageSize = b.pageSize;
        this.imageFailure = b.imageFailure;
        this.maxImageBytes = b.maxImageBytes;
        this.maxImagePixels = b.maxImagePixels;
        this.tagged = b.tagged;
        this.creationTime = b.creationTime;
    }

    /**
     * {@return the default options} Flat, unsigned, A4, tagged, images read from file paths, failing on a bad image,
     * the creation time the time of rendering.
     */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Flat or fillable.
     *
     * @return {@code FLAT} (the default) or {@code FILLABLE}
     */
    public FormMode formMode() {
        return formMode;
    }

    /** {@return how to sign, if at all} */
    public Optional<SigningOptions> signing() {
        return Optional.ofNullable(signing);
    }

    /**
     * Extra files embedded besides the document's JSON.
     *
     * @return the files, in the order added; empty by default
     */
    public List<EmbeddedFile> embeddedFiles() {
        return embeddedFiles;
    }

    /** {@return where image and attachment references are read from} */
    public ImageResolver imageResolver() {
        return imageResolver;
    }

    /** {@return the page size} */
    public PageSize pageSize() {
        return pageSize;
    }

    /** {@return what to do with an image or attachment that cannot be read} */
    public ImageFailure imageFailure() {
        return imageFailure;
    }

    /** {@return the largest image or attachment read, in bytes} */
    public long maxImageBytes() {
        return maxImageBytes;
    }

    /** {@return the largest image, in pixels} */
    public long maxImagePixels() {
        return maxImagePixels;
    }

    /**
     * Whether the PDF is tagged (a structure tree for assistive technology: PDF/A-3a and PDF/UA-1). Untagged output
     * is PDF/A-3b; it is smaller and faster for very large schedules.
     *
     * @return {@code true} (the default) for a tagged PDF
     */
    public boolean tagged() {
        return tagged;
    }

    /** {@return the creation time written in the metadata; empty means the time of rendering} */
    public Optional<Instant> creationTime() {
        return Optional.ofNullable(creationTime);
    }

    /**
     * The host's fallback fonts, in the order they are tried for a character the built-in DejaVu Sans faces cannot
     * draw (see {@link Builder#addFallbackFont}).
     *
     * @return the font files, in the order added; empty by default
     */
    public List<Path> fallbackFonts() {
        return fallbackFonts;
    }

    /** {@return a builder holding these options} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.formMode = formMode;
        b.signing = signing;
        b.embeddedFiles.addAll(embeddedFiles);
        b.imageResolver = imageResolver;
        b.pageSize = pageSize;
        b.imageFailure = imageFailure;
        b.maxImageBytes = maxImageBytes;
        b.maxImagePixels = maxImagePixels;
        b.tagged = tagged;
        b.creationTime = creationTime;
        b.fallbackFonts.addAll(fallbackFonts);
        return b;
    }

    /** Builds {@link RenderOptions}. */
    public static final class Builder {
        private FormMode formMode = FormMode.FLAT;
        private SigningOptions signing;
        private final List<EmbeddedFile> embeddedFiles = new ArrayList<>();
        private ImageResolver imageResolver = ImageResolver.files();
        private PageSize pageSize = PageSize.A4;
        private ImageFailure imageFailure = ImageFailure.FAIL;
        private long maxImageBytes = DEFAULT_MAX_IMAGE_BYTES;
        private long maxImagePixels = DEFAULT_MAX_IMAGE_PIXELS;
        private boolean tagged = true;
        private Instant creationTime;
        private final List<Path> fallbackFonts = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a font tried, after the built-in DejaVu Sans faces and any fallback fonts added before it, for
         * characters they cannot draw: for example a CJK font such as WenQuanYi Zen Hei
         * ({@code /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc} from Debian's {@code fonts-wqy-zenhei}) or Noto
         * Sans CJK. A TrueType font ({@code .ttf}) or TrueType collection ({@code .ttc}, whose first font is used);
         * OpenType fonts with CFF outlines ({@code .otf}) cannot be embedded. The glyphs used are embedded as a
         * subset in each PDF, so check that the font's licence allows embedding. A character no font can draw is
         * described in words in the document ({@code [unsupported character U+1FAE0]}).
         *
         * @param font the font file; it is read when a document is rendered
         * @return this builder
         * @throws IllegalArgumentException when the file cannot be read or is not a TrueType font or collection
         */
        public Builder addFallbackFont(Path font) {
            Objects.requireNonNull(font, "font");
            byte[] head = new byte[4];
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(font)) {
                if (in.readNBytes(head, 0, 4) < 4) {
                    throw new IllegalArgumentException("fallback font " + font.getFileName()
                            + " is too short to be a font; give a TrueType .ttf or .ttc file");
                }
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("fallback font " + font.getFileName() + " cannot be read ("
                        + e.getClass().getSimpleName() + "); check the path", e);
            }
            int tag = (head[0] & 0xFF) << 24 | (head[1] & 0xFF) << 16 | (head[2] & 0xFF) << 8 | head[3] & 0xFF;
            if (tag == 0x4F54544F) { // OTTO
                throw new IllegalArgumentException("fallback font " + font.getFileName()
                        + " is an OpenType font with CFF outlines, which cannot be embedded; give a TrueType .ttf"
                        + " or .ttc file");
            }
            if (tag != 0x00010000 && tag != 0x74746366 && tag != 0x74727565) { // 1.0, ttcf, true
                throw new IllegalArgumentException("fallback font " + font.getFileName()
                        + " is not a TrueType font; give a TrueType .ttf or .ttc file");
            }
            fallbackFonts.add(font);
            return this;
        }

        /**
         * Flat or fillable.
         *
         * @param mode {@code FLAT} (default) or {@code FILLABLE}
         * @return this builder
         */
        public Builder formMode(FormMode mode) {
            this.formMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Signs the document.
         *
         * @param signing the key, certificate chain and optional time-stamp authority to sign with
         * @return this builder
         */
        public Builder signing(SigningOptions signing) {
            this.signing = Objects.requireNonNull(signing, "signing");
            return this;
        }

        /**
         * Adds an extra embedded file; names must be unique and differ from the document's JSON file name.
         *
         * @param file the file to embed
         * @return this builder
         * @throws IllegalArgumentException when a file of that name is already added
         */
        public Builder addEmbeddedFile(EmbeddedFile file) {
            Objects.requireNonNull(file, "file");
            if (embeddedFiles.stream().anyMatch(f -> f.name().equals(file.name()))) {
                throw new IllegalArgumentException("two embedded files have the same name");
            }
            embeddedFiles.add(file);
            return this;
        }

        /**
         * Where image and attachment references are read from (default: {@link ImageResolver#files()}).
         *
         * @param resolver reads the bytes a reference names
         * @return this builder
         */
        public Builder imageResolver(ImageResolver resolver) {
            this.imageResolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * The page size.
         *
         * @param size the page size
         * @return this builder
         */
        public Builder pageSize(PageSize size) {
            this.pageSize = Objects.requireNonNull(size, "size");
            return this;
        }

        /**
         * What to do with an image or attachment that cannot be read.
         *
         * @param failure {@code FAIL} or {@code PLACEHOLDER}
         * @return this builder
         */
        public Builder imageFailure(ImageFailure failure) {
            this.imageFailure = Objects.requireNonNull(failure, "failure");
            return this;
        }

        /**
         * The largest image or attachment read, in bytes; a larger one is handled as {@link ImageFailure} says.
         *
         * @param bytes the limit, in bytes (default {@value RenderOptions#DEFAULT_MAX_IMAGE_BYTES})
         * @return this builder
         * @throws IllegalArgumentException when {@code bytes} is not positive
         */
        public Builder maxImageBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxImageBytes must be positive");
            }
            this.maxImageBytes = bytes;
            return this;
        }

        /**
         * The largest image, in pixels (width times height); a larger one is handled as {@link ImageFailure} says.
         *
         * @param pixels the limit, in pixels (default {@value RenderOptions#DEFAULT_MAX_IMAGE_PIXELS})
         * @return this builder
         * @throws IllegalArgumentException when {@code pixels} is not positive
         */
        public Builder maxImagePixels(long pixels) {
            if (pixels <= 0) {
                throw new IllegalArgumentException("maxImagePixels must be positive");
            }
            this.maxImagePixels = pixels;
            return this;
        }

        /**
         * Whether to tag the PDF for accessibility; default true.
         *
         * @param tagged {@code false} for an untagged PDF/A-3b, smaller and faster for very large schedules
         * @return this builder
         */
        public Builder tagged(boolean tagged) {
            this.tagged = tagged;
            return this;
        }

        /**
         * A fixed creation time (whole seconds are kept), for reproducible output.
         *
         * @param time the creation time recorded in the PDF
         * @return this builder
         */
        public Builder creationTime(Instant time) {
            this.creationTime = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** {@return the options} */
        public RenderOptions build() {
            return new RenderOptions(this);
        }
    }
}
