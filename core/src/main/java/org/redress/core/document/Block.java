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

    /** Calls the visitor's method for this kind of block. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of block, for renderers. */
    interface Visitor<R> {
        /** A paragraph. */
        R paragraph(Paragraph p);

        /** A subheading. */
        R subheading(Subheading s);

        /** A grid of labelled fields. */
        R fields(FieldGrid f);

        /** A table. */
        R table(Table t);

        /** A bulleted or numbered list. */
        R list(BulletList l);

        /** An exhibit reference. */
        R exhibit(ExhibitReference e);

        /** A declaration, such as a statement of truth. */
        R declaration(Declaration d);

        /** A signature block. */
        R signature(SignatureBlock s);

        /** A notice box. */
        R notice(Notice n);
    }
}
