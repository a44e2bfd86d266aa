package org.redress.interchange.dsa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.redress.core.InvalidDataException;
import org.redress.core.document.Audience;
import org.redress.core.document.BulletList;
import org.redress.core.document.Declaration;
import org.redress.core.document.Field;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.ImmutableSignatureBlock;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.model.Case;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.Quote;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.SafetyAssessment;
import org.redress.core.route.LegalBasis;
import org.redress.interchange.internal.Checks;

/**
 * A notice of illegal content under Article 16 of the EU Digital Services Act (Regulation (EU) 2022/2065), built
 * from a case's incidents about one service. Article 16(2) asks for four elements, and a notice is only produced when
 * all four are there:
 * <ol type="a">
 *   <li>a sufficiently substantiated explanation of why the content is illegal;</li>
 *   <li>the exact electronic location of each item (its URL);</li>
 *   <li>the notifier's name and e-mail address, except for the child sexual abuse offences of Articles 3 to 7 of
 *       Directive 2011/93/EU, where the notifier may stay anonymous (a notice about a sexual image of a child is
 *       always anonymous here, and describes the image only in words);</li>
 *   <li>a statement that the notifier believes in good faith that the notice is accurate and complete.</li>
 * </ol>
 * The notice goes to the service (it is addressed to a platform, never to the other party), as JSON
 * ({@link #toJson()}, checked against {@code docs/schema/dsa-notice.schema.json}) or as a document the PDF module
 * renders ({@link #toDocument()}).
 *
 * @param service the service the notice is sent to, as the case names the platform
 * @param date the day the notice is made
 * @param locations the exact locations of the content, in incident order, without repeats
 * @param explanation why the content is illegal, in words built from the case
 * @param legalGrounds the provisions the content may breach, as "citation (title)", from the plan when given
 * @param notifierName the notifier's name; empty only for a notice about child sexual abuse material
 * @param notifierEmail the notifier's e-mail address; empty only for a notice about child sexual abuse material
 * @param childSexualAbuse whether the notice concerns child sexual abuse material (and so may be anonymous)
 * @param bonaFideStatement the notifier's statement of good faith
 * @param incidentIds the incidents the notice is built from
 * @since 1.1
 */
public record DsaNotice(String service, LocalDate date, List<URI> locations, String explanation,
        List<String> legalGrounds, Optional<String> notifierName, Optional<String> notifierEmail,
        boolean childSexualAbuse, String bonaFideStatement, List<String> incidentIds) {

    /** The document kind of {@link #toDocument()}. */
    public static final String DOCUMENT_KIND = "dsa.article-16-notice";

    /** The statement of good faith of Article 16(2)(d), in the notifier's voice. */
    public static final String BONA_FIDE_STATEMENT = "I believe in good faith that the information and allegations "
            + "in this notice are accurate and complete.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /**
     * Checks the parts and copies the lists.
     *
     * @param service the service the notice is sent to, as the case names the platform
     * @param date the day the notice is made
     * @param locations the exact locations of the content, in incident order, without repeats
     * @param explanation why the content is illegal, in words built from the case
     * @param legalGrounds the provisions the content may breach, as "citation (title)", from the plan when given
     * @param notifierName the notifier's name; empty only for a notice about child sexual abuse material
     * @param notifierEmail the notifier's e-mail address; empty only for a notice about child sexual abuse material
     * @param childSexualAbuse whether the notice concerns child sexual abuse material (and so may be anonymous)
     * @param bonaFideStatement the notifier's statement of good faith
     * @param incidentIds the incidents the notice is built from
     */
    public DsaNotice {
        Objects.requireNonNull(service, "service must not be null");
        Objects.requireNonNull(date, "date must not be null");
        locations = List.copyOf(locations);
        Objects.requireNonNull(explanation, "explanation must not be null");
        legalGrounds = List.copyOf(legalGrounds);
        Objects.requireNonNull(notifierName, "notifierName must not be null");
        Objects.requireNonNull(notifierEmail, "notifierEmail must not be null");
        Objects.requireNonNull(bonaFideStatement, "bonaFideStatement must not be null");
        incidentIds = List.copyOf(incidentIds);
    }

    /**
     * Builds the notice for the incidents of a case that happened on {@code service}.
     *
     * @param c the case
     * @param service the platform, as incidents name it ({@code Incident.platform}), compared ignoring case
     * @param plan the case's plan, whose possible offences become the legal grounds; may be null
     * @param date the day of the notice
     * @return the notice, with the incidents on {@code service} and their locations
     * @throws InvalidDataException naming, with its pointer, every element Article 16(2) needs that the case lacks
     */
    public static DsaNotice fromCase(Case c, String service, @Nullable Plan plan, LocalDate date) {
        Objects.requireNonNull(c, "c (the case) must not be null");
        Objects.requireNonNull(service, "service must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Checks checks = new Checks("DSA notice");
        SafetyAssessment safety = SafetyAssessment.of(c, date.atStartOfDay(ZoneId.of("UTC")).toOffsetDateTime());
        List<Incident> incidents = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int n = 0; n < c.incidents().size(); n++) {
            Incident i = c.incidents().get(n);
            if (i.platform().map(p -> p.equalsIgnoreCase(service.trim())).orElse(false)) {
                incidents.add(i);
                indexes.add(n);
            }
        }
        if (incidents.isEmpty()) {
            checks.add("/incidents", "has no incident on " + service,
                    "record the platform of each incident in incidents/N/platform, as the service is named");
            checks.throwIfAny();
        }
        Set<URI> locations = new LinkedHashSet<>();
        boolean csam = false;
        for (int k = 0; k < incidents.size(); k++) {
            Incident i = incidents.get(k);
            csam |= safety.childSexualImage(i);
            List<URI> urls = i.locations().stream().map(ContentLocation::url).flatMap(Optional::stream).toList();
            if (urls.isEmpty()) {
                checks.add("/incidents/" + indexes.get(k) + "/locations", "has no web address",
                        "add the exact address (URL) of each post, message or image: Article 16(2)(b) needs it");
            }
            locations.addAll(urls);
        }
        Optional<String> name = Optional.empty();
        Optional<String> email = Optional.empty();
        if (!csam) {
            name = Optional.of(c.subject().name()).filter(s -> !s.isBlank());
            email = c.subject().email();
            if (name.isEmpty()) {
                checks.add("/subject/name", "is missing", "give the notifier's name: Article 16(2)(c) needs it");
            }
            if (email.isEmpty()) {
                checks.add("/subject/email", "is missing",
                        "give an e-mail address the service can answer: Article 16(2)(c) needs it");
            }
        }
        checks.throwIfAny();
        List<String> grounds = legalGrounds(plan, incidents);
        String explanation = explanation(incidents, safety, csam, grounds);
        return new DsaNotice(service, date, List.copyOf(locations), explanation, grounds, name, email, csam,
                BONA_FIDE_STATEMENT, incidents.stream().map(Incident::id).toList());
    }

    private static List<String> legalGrounds(Plan plan, List<Incident> incidents) {
        Set<String> grounds = new LinkedHashSet<>();
        if (plan == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        incidents.forEach(i -> ids.add(i.id()));
        for (PlanStep s : plan.steps()) {
            boolean cites = s.reasons().stream().anyMatch(r -> r.incidentIds().stream().anyMatch(ids::contains));
            if (cites) {
                for (LegalBasis l : s.possibleOffences()) {
                    grounds.add(l.citation() + " (" + l.title() + ")");
                }
            }
        }
        return List.copyOf(grounds);
    }

    private static String explanation(List<Incident> incidents, SafetyAssessment safety, boolean csam,
            List<String> grounds) {
        StringBuilder sb = new StringBuilder();
        if (csam) {
            sb.append("This content is a sexual image of a person under 18: child sexual abuse material. "
                    + "It is not attached and is not described further. ");
        }
        sb.append(incidents.size() == 1 ? "The item at the address given is " : "The items at the addresses given are ");
        sb.append("part of a course of online abuse aimed at the notifier. ");
        for (Incident i : incidents) {
            sb.append("On ").append(DAY.format(i.occurredAt().earliest().atZone(i.occurredAt().zone())))
                    .append(": ").append(kinds(i)).append('.');
            if (!safety.childSexualImage(i)) {
                i.summary().ifPresent(s -> sb.append(' ').append(s.strip()));
                for (Quote q : i.quotes()) {
                    sb.append(" It says: \u201c").append(q.text().strip()).append("\u201d.");
                }
            }
            sb.append(' ');
        }
        if (!grounds.isEmpty()) {
            sb.append("It may breach: ").append(String.join("; ", grounds)).append('.');
        }
        return sb.toString().strip();
    }

    private static String kinds(Incident i) {
        List<String> words = new ArrayList<>();
        for (HarassmentKind k : i.kinds()) {
            words.add(Checks.words(k));
        }
        return words.isEmpty() ? "online abuse" : String.join(", ", words);
    }

    /** {@return the notice as JSON, in the shape {@code docs/schema/dsa-notice.schema.json} describes} */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("notice", "DSA-Article-16");
        o.put("service", service);
        o.put("date", date.toString());
        o.put("explanation", explanation);
        ArrayNode locs = o.putArray("locations");
        locations.forEach(u -> locs.add(u.toString()));
        ArrayNode lg = o.putArray("legalGrounds");
        legalGrounds.forEach(lg::add);
        ObjectNode notifier = o.putObject("notifier");
        if (childSexualAbuse && notifierName.isEmpty()) {
            notifier.put("anonymous", true);
            notifier.put("reason", "child sexual abuse material (Article 16(2)(c) DSA; Articles 3 to 7 of "
                    + "Directive 2011/93/EU)");
        } else {
            notifier.put("name", notifierName.orElseThrow());
            notifier.put("email", notifierEmail.orElseThrow());
        }
        o.put("bonaFideStatement", bonaFideStatement);
        return o;
    }

    /** {@return the notice as a document for the service, which the PDF module renders} */
    public ReportDocument toDocument() {
        List<Field> notifier = new ArrayList<>();
        if (childSexualAbuse && notifierName.isEmpty()) {
            notifier.add(Field.of("notifier", "Notifier", "Anonymous (child sexual abuse material, Article 16(2)(c))"));
        } else {
            notifier.add(Field.of("notifier.name", "Name", notifierName.orElseThrow()));
            notifier.add(Field.of("notifier.email", "E-mail", notifierEmail.orElseThrow()));
        }
        var b = ReportDocument.builder().kind(DOCUMENT_KIND).audience(Audience.PLATFORM)
                .title("Notice of illegal content")
                .subtitle("Digital Services Act (Regulation (EU) 2022/2065), Article 16")
                .preparedOn(date)
                .addHeaderFields(Field.of("to", "To", service), Field.of("date", "Date", DAY.format(date)))
                .addSections(Section.of("Why this content is illegal", Paragraph.of(explanation)))
                .addSections(Section.of("Where it is", BulletList.of(locations.stream().map(URI::toString).toList())));
        if (!legalGrounds.isEmpty()) {
            b.addSections(Section.of("Provisions it may breach", BulletList.of(legalGrounds)));
        }
        b.addSections(Section.of("Who sends this notice", FieldGrid.of(notifier.toArray(Field[]::new))));
        b.addSections(Section.of("Statement of good faith", Declaration.of("Statement", bonaFideStatement),
                ImmutableSignatureBlock.builder().label("Signed").name(notifierName).date(date).build()));
        return b.build();
    }
}
