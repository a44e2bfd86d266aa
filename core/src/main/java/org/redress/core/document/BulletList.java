package org.redress.core.document;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A list of items, bulleted or, when {@linkplain #ordered() ordered}, marked in sequence by the renderer: (a),
 * (b), (c) or 1., 2., 3. (see {@link #numbering()}). The items hold their text only: a renderer draws the
 * marker, so an item that begins with its own label ("(a) ...") would show two.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBulletList.class)
@JsonDeserialize(as = ImmutableBulletList.class)
public abstract class BulletList implements Block {

    /** {@return the items} */
    @NotEmpty
    public abstract List<@NotNull @Size(max = 20000) String> items();

    /**
     * Whether the items are marked in sequence ((a), (b), (c) unless {@link #numbering()} says otherwise) rather
     * than bulleted.
     *
     * @return {@code true} for a numbered or lettered list
     */
    @Value.Default
    public boolean ordered() {
        return false;
    }

    /**
     * How an {@linkplain #ordered() ordered} list marks its items: {@link Numbering#LETTERS} (the default, as
     * the terms of an injunction are lettered) or {@link Numbering#NUMBERS}. Ignored when the list is not ordered.
     *
     * @return how the items are numbered
     * @since 1.1
     */
    @Value.Default
    public Numbering numbering() {
        return Numbering.LETTERS;
    }

    /** The markers of an ordered list. JSON names are camelCase ({@code "letters"}, {@code "numbers"}). */
    @EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
    public enum Numbering {
        /** (a), (b), ... (z), (aa), (ab), ... */
        LETTERS,
        /** 1., 2., 3., ... */
        NUMBERS;

        /**
         * The marker of the item at {@code index} (from 0), such as {@code (c)} or {@code 3.}.
         *
         * @param index the item's position, from 0
         * @return the marker
         */
        public String marker(int index) {
            if (this == NUMBERS) {
                return (index + 1) + ".";
            }
            StringBuilder sb = new StringBuilder();
            int n = index + 1;
            while (n > 0) {
                n--;
                sb.insert(0, (char) ('a' + n % 26));
                n /= 26;
            }
            return "(" + sb + ")";
        }
    }

    /**
     * {@return a lettered list: (a), (b), (c)}
     *
     * @param items the items' texts, in order
     */
    public static BulletList lettered(List<String> items) {
        return ImmutableBulletList.builder().items(items).ordered(true).build();
    }

    /** {@return where its facts came from} */
    @Value.Default
    public FactOrigin origin() {
        return FactOrigin.GENERATED;
    }

    /**
     * {@return a bulleted list}
     *
     * @param items the items' texts, in order
     */
    public static BulletList of(List<String> items) {
        return ImmutableBulletList.builder().items(items).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.list(this);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
