package org.redress.core.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One block of a document section. In JSON each block carries its {@code type}: {@code paragraph},
 * {@code subheading}, {@code fields}, {@code table}, {@code list}, {@code exhibit}, {@code declaration},
 * {@code signature}, {@code notice}.
 *
 * @since 1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ImmutableParagraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = ImmutableSubheading.class, name = "subheading"),
    @JsonSubTypes.Type(value = ImmutableFieldGrid.class, name = "fields"),
    @JsonSubTypes.Type(value = ImmutableTable.class, name = "table"),
    @JsonSubTypes.Type(value = ImmutableBulletList.class, name = "list"),
    @JsonSubTypes.Type(value = ImmutableExhibitReference.class, name = "exhibit"),
    @JsonSubTypes.Type(value = ImmutableDeclaration.class, name = "declaration"),
    @JsonSubTypes.Type(value = ImmutableSignatureBlock.class, name = "signature"),
    @JsonSubTypes.Type(value = ImmutableNotice.class, name = "notice")
})
public interface Block {

    /**
     * Calls the visitor's method for this kind of block.
     *
     * @param <R> what the visitor returns
     * @param visitor the visitor, such as a renderer
     * @return what the visitor's method returned
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of block, for renderers. */
    interface Visitor<R> {
        /**
         * Visits a paragraph.
         *
         * @param p the block
         * @return the visitor's result for the block
         */
        R paragraph(Paragraph p);

        /**
         * Visits a subheading.
         *
         * @param s the block
         * @return the visitor's result for the block
         */
        R subheading(Subheading s);

        /**
         * Visits a grid of labelled fields.
         *
         * @param f the block
         * @return the visitor's result for the block
         */
        R fields(FieldGrid f);

        /**
         * Visits a table.
         *
         * @param t the block
         * @return the visitor's result for the block
         */
        R table(Table t);

        /**
         * Visits a bulleted or numbered list.
         *
         * @param l the block
         * @return the visitor's result for the block
         */
        R list(BulletList l);

        /**
         * Visits an exhibit reference.
         *
         * @param e the block
         * @return the visitor's result for the block
         */
        R exhibit(ExhibitReference e);

        /**
         * Visits a declaration, such as a statement of truth.
         *
         * @param d the block
         * @return the visitor's result for the block
         */
        R declaration(Declaration d);

        /**
         * Visits a signature block.
         *
         * @param s the block
         * @return the visitor's result for the block
         */
        R signature(SignatureBlock s);

        /**
         * Visits a notice box.
         *
         * @param n the block
         * @return the visitor's result for the block
         */
        R notice(Notice n);
    }
}
