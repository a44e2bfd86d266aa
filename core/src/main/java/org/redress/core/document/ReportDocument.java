package org.redress.core.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * A report document, independent of any jurisdiction and of any output format: a witness statement draft, a
 * harassment log, an evidence schedule, a removal request. Jurisdiction packs build them; renderers (plain text in
 * core, PDF in {@code redress-pdf}) render any of them.
 *
 * <p>A document is either complete or lists exactly what is missing ({@link #missing()}).
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportDocument.class)
@JsonDeserialize(as = ImmutableReportDocument.class)
public abstract class ReportDocument implements Validated {

    /**
     * {@return the document kind's stable id, such as {@code uk.mg11-witness-statement} or {@code core.harassment-log}}
     */
    @NotNull
    @Pattern(regexp = "[a-z]{2,4}(\\.[a-z0-9]+(-[a-z0-9]+)*)+",
            message = "is not a document kind id|Use an id such as uk.mg11-witness-statement.")
    public abstract String kind();

    /** {@return the title, such as "Witness statement"} */
    @NotBlank
    @Size(max = 300)
    public abstract String title();

    /** {@return a subtitle, such as the legal basis of the form} */
    public abstract Optional<@Size(max = 500) String> subtitle();

    /** {@return the document's language, as a BCP 47 tag} */
    @Value.Default
    @Size(min = 2, max = 35)
    public String language() {
        return "en";
    }

    /** {@return the case reference shown in every page header} */
    public abstract Optional<@Size(max = 100) String> caseReference();

    /** {@return the date it was prepared} */
    public abstract Optional<LocalDate> preparedOn();

    /**
     * A line printed at the foot of every page of a paged rendering, such as the signature lines a witness statement
     * carries on each page ("Signature ... Signature witnessed by ...").
     *
     * @return the footer text, when set
     */
    public abstract Optional<@Size(max = 200) String> pageFooter();

    /**
     * A token text may hold where the number of pages goes (a witness statement "consisting of {pageCount}
     * page(s)"). A paged renderer puts the document's page count in its place; a renderer without pages, a blank
     * to fill ({@code ____}).
     */
    public static final String PAGE_COUNT = "{pageCount}";

    /** {@return fields shown at the top, such as the parties and the reference numbers} */
    @NotNull
    public abstract List<@NotNull @Valid Field> headerFields();

    /** {@return the body} */
    @NotNull
    public abstract List<@NotNull @Valid Section> sections();

    /** {@return what the case still lacks for this document to be complete} */
    @NotNull
    public abstract List<@NotNull @Valid MissingItem> missing();

    /**
     * {@return fields deliberately withheld (for example the applicant's address, on papers served on the respondent)}
     */
    @NotNull
    public abstract List<@NotBlank String> withheldFields();

    /** {@return who the document is written for; {@link Audience#PERSON} unless set} */
    @Value.Default
    public Audience audience() {
        return Audience.PERSON;
    }

    /** {@return whether the document was prepared to be served on, or disclosed to, the other party} */
    @Value.Default
    public boolean forService() {
        return false;
    }

    /**
     * The notes for the person that go with a document written for someone else: what is still missing, what was
     * withheld from this copy and why, what to do next and how to stay safe. Its audience is
     * {@link Audience#PERSON}. A document for the person carries these notes itself and has no companion.
     *
     * <p>The companion is never part of the document's JSON (which a PDF embeds and which goes wherever the
     * document goes): render it as a document of its own for the person.
     *
     * @return the companion, when the document has one
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public abstract Optional<@Valid ReportDocument> companion();

    /**
     * Whether a renderer shows {@link #missing()} and {@link #withheldFields()} in this document: only in a
     * document for the person. In a document for anyone else they are in the {@link #companion() companion}.
     *
     * @return {@code true} when the document is for the person
     */
    public boolean showsNotesForPerson() {
        return audience() == Audience.PERSON;
    }

    /** {@return whether the document reaches the other party (see {@link Audience#reachesOtherParty(boolean)})} */
    public boolean reachesOtherParty() {
        return audience().reachesOtherParty(forService());
    }

    /** {@return files that go with the document} */
    @NotNull
    public abstract List<@NotNull @Valid Attachment> attachments();

    /** {@return whether nothing is missing} */
    public boolean complete() {
        return missing().isEmpty();
    }

    /** {@return a builder} */
    public static ImmutableReportDocument.Builder builder() {
        return ImmutableReportDocument.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.List<Field> all = new java.util.ArrayList<>(headerFields());
        for (Section s : sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof FieldGrid) {
                    all.addAll(((FieldGrid) b).fields());
                }
            }
        }
        checkCompanion(problems);
        for (Field f : all) {
            if (f != null && f.key() != null && !keys.add(f.key())) {
                problems.add("", "uses the field key '" + f.key() + "' twice",
                        "Give every field in the document its own key.");
            }
        }
    }

    private void checkCompanion(Problems problems) {
        companion().ifPresent(comp -> {
            if (comp.audience() != Audience.PERSON) {
                problems.add("companion/audience", "is not 'person'", "A companion holds notes for the person only.");
            }
            if (comp.companion().isPresent()) {
                problems.add("companion/companion", "is set: a companion has no companion of its own",
                        "Put every note for the person in the one companion.");
            }
        });
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
