package org.redress.interchange.dsa;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.redress.core.model.RedressStyle;

/**
 * A platform's decision about one piece of content, the input of a DSA statement of reasons (Article 17 of
 * Regulation (EU) 2022/2065). It holds what the DSA Transparency Database asks for and nothing about the people
 * involved: a statement of reasons must carry no personal data. Build one with {@link #builder()}, or from a
 * survivor's case and the platform's action with {@link StatementsOfReasons#decisionFor}; turn it into the API's JSON
 * with {@link StatementsOfReasons#toJson(ContentDecision)}, which checks every limit first.
 *
 * <p>The enumerations carry the API's own values ({@link Api#api()}); lengths are checked when the statement is made,
 * so that one refusal names every problem.
 *
 * @since 1.1
 */
@Value.Immutable
@RedressStyle
public abstract class ContentDecision {

    /** A value the Transparency Database API takes. */
    public interface Api {
        /** {@return the API's value, such as {@code CONTENT_TYPE_TEXT}} */
        String api();
    }

    /**
     * {@return the platform's own unique id for the statement ({@code puid}): letters, digits, '-' and '_', 500 at most}
     */
    public abstract String puid();

    /** {@return what kind of content it is; at least one} */
    public abstract Set<ContentType> contentTypes();

    /** {@return what the content is, when {@link ContentType#OTHER} is among the types (500 characters at most)} */
    public abstract Optional<String> contentTypeOther();

    /** {@return the day the content was posted or uploaded (on or after 2000-01-01)} */
    public abstract LocalDate contentDate();

    /** {@return the day the decision took effect (on or after 2020-01-01)} */
    public abstract LocalDate applicationDate();

    /** {@return restrictions of the content's visibility; at least one decision of the four kinds is needed} */
    public abstract Set<Visibility> visibility();

    /** {@return what the other visibility restriction is, when {@link Visibility#OTHER} is chosen (500 at most)} */
    public abstract Optional<String> visibilityOther();

    /** {@return a restriction of monetary payments, if any} */
    public abstract Optional<Monetary> monetary();

    /** {@return what the other monetary restriction is, when {@link Monetary#OTHER} is chosen (500 at most)} */
    public abstract Optional<String> monetaryOther();

    /** {@return a suspension or termination of the service, if any} */
    public abstract Optional<Provision> provision();

    /** {@return a suspension or termination of the account, if any} */
    public abstract Optional<AccountAction> account();

    /** {@return the kind of account acted on, if known} */
    public abstract Optional<AccountType> accountType();

    /** {@return whether the content was found illegal or incompatible with the terms and conditions} */
    public abstract Ground ground();

    /**
     * The legal ground relied on (for {@link Ground#ILLEGAL_CONTENT}) or the contractual ground (for
     * {@link Ground#INCOMPATIBLE_CONTENT}); 500 characters at most.
     *
     * @return the ground relied on
     */
    public abstract String groundReference();

    /** {@return why the content is illegal, or incompatible, on that ground; 2,000 characters at most} */
    public abstract String groundExplanation();

    /** {@return for content incompatible with the terms: whether it is also considered illegal} */
    public abstract Optional<Boolean> alsoIllegal();

    /** {@return a link to the law or the terms relied on (500 characters at most)} */
    public abstract Optional<URI> groundReferenceUrl();

    /** {@return the facts and circumstances relied on; 5,000 characters at most, with no personal data} */
    public abstract String facts();

    /** {@return the category of the statement} */
    public abstract Category category();

    /** {@return keywords that specify the category} */
    public abstract Set<Keyword> keywords();

    /** {@return the other keyword, when {@link Keyword#OTHER} is chosen (500 at most)} */
    public abstract Optional<String> keywordOther();

    /** {@return two-letter codes of the EU/EEA countries the decision applies in; at least one} */
    public abstract Set<String> territorialScope();

    /** {@return the content's language, as an upper-case ISO 639-1 code, when known} */
    public abstract Optional<String> contentLanguage();

    /** {@return what the decision was based on: a notice, a trusted flagger, or the platform's own initiative} */
    public abstract SourceType source();

    /** {@return whether the content was detected by automated means} */
    public abstract boolean automatedDetection();

    /** {@return whether, and how far, the decision was automated} */
    public abstract AutomatedDecision automatedDecision();

    /** {@return a new builder} */
    public static ImmutableContentDecision.Builder builder() {
        return ImmutableContentDecision.builder();
    }

    /** The type of the content ({@code content_type}). */
    public enum ContentType implements Api {
        /** An app. */ APP,
        /** Audio. */ AUDIO,
        /** An image. */ IMAGE,
        /** A product. */ PRODUCT,
        /** Synthetic media (generated or manipulated). */ SYNTHETIC_MEDIA,
        /** Text. */ TEXT,
        /** Video. */ VIDEO,
        /** Something else, described in {@link #contentTypeOther()}. */ OTHER;

        @Override
        public String api() {
            return "CONTENT_TYPE_" + name();
        }
    }

    /** A restriction of the content's visibility ({@code decision_visibility}). */
    public enum Visibility implements Api {
        /** The content was removed. */ CONTENT_REMOVED,
        /** Access to the content was disabled. */ CONTENT_DISABLED,
        /** The content was demoted. */ CONTENT_DEMOTED,
        /** The content was restricted by age. */ CONTENT_AGE_RESTRICTED,
        /** Interaction with the content was restricted. */ CONTENT_INTERACTION_RESTRICTED,
        /** The content was labelled. */ CONTENT_LABELLED,
        /** Another restriction, described in {@link #visibilityOther()}. */ OTHER;

        @Override
        public String api() {
            return "DECISION_VISIBILITY_" + name();
        }
    }

    /** A restriction of monetary payments ({@code decision_monetary}). */
    public enum Monetary implements Api {
        /** Payments suspended. */ SUSPENSION,
        /** Payments terminated. */ TERMINATION,
        /** Another restriction, described in {@link #monetaryOther()}. */ OTHER;

        @Override
        public String api() {
            return "DECISION_MONETARY_" + name();
        }
    }

    /** A suspension or termination of the service ({@code decision_provision}). */
    public enum Provision implements Api {
        /** Partly suspended. */ PARTIAL_SUSPENSION,
        /** Wholly suspended. */ TOTAL_SUSPENSION,
        /** Partly terminated. */ PARTIAL_TERMINATION,
        /** Wholly terminated. */ TOTAL_TERMINATION;

        @Override
        public String api() {
            return "DECISION_PROVISION_" + name();
        }
    }

    /** A suspension or termination of the account ({@code decision_account}). */
    public enum AccountAction implements Api {
        /** The account was suspended. */ SUSPENDED,
        /** The account was terminated. */ TERMINATED;

        @Override
        public String api() {
            return "DECISION_ACCOUNT_" + name();
        }
    }

    /** The kind of account ({@code account_type}). */
    public enum AccountType implements Api {
        /** A business account. */ BUSINESS,
        /** A private account. */ PRIVATE;

        @Override
        public String api() {
            return "ACCOUNT_TYPE_" + name();
        }
    }

    /** The ground of the decision ({@code decision_ground}). */
    public enum Ground implements Api {
        /** The content is illegal. */ ILLEGAL_CONTENT,
        /** The content is incompatible with the terms and conditions. */ INCOMPATIBLE_CONTENT;

        @Override
        public String api() {
            return "DECISION_GROUND_" + name();
        }
    }

    /** The category of the statement ({@code category}), as the API lists them. */
    public enum Category implements Api {
        /** Animal welfare. */ ANIMAL_WELFARE,
        /** Consumer information infringements. */ CONSUMER_INFORMATION,
        /** Cyber violence. */ CYBER_VIOLENCE,
        /** Cyber violence against women. */ CYBER_VIOLENCE_AGAINST_WOMEN,
        /** Data protection and privacy violations. */ DATA_PROTECTION_AND_PRIVACY_VIOLATIONS,
        /** Illegal or harmful speech. */ ILLEGAL_OR_HARMFUL_SPEECH,
        /** Intellectual property infringements. */ INTELLECTUAL_PROPERTY_INFRINGEMENTS,
        /** Negative effects on civic discourse or elections. */ NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS,
        /** Type of illegal content not specified by the notifier. */ NOT_SPECIFIED_NOTICE,
        /** Other violation of the provider's terms and conditions. */ OTHER_VIOLATION_TC,
        /** Protection of minors. */ PROTECTION_OF_MINORS,
        /** Risk for public security. */ RISK_FOR_PUBLIC_SECURITY,
        /** Scams and fraud. */ SCAMS_AND_FRAUD,
        /** Self-harm. */ SELF_HARM,
        /** Unsafe, non-compliant or prohibited products. */ UNSAFE_AND_PROHIBITED_PRODUCTS,
        /** Violence. */ VIOLENCE;

        @Override
        public String api() {
            return "STATEMENT_CATEGORY_" + name();
        }
    }

    /**
     * Keywords that specify the category ({@code category_specification}): those of the categories online abuse
     * falls in. {@link #OTHER} needs {@link #keywordOther()}.
     */
    public enum Keyword implements Api {
        /** Cyber bullying and intimidation. */ CYBER_BULLYING_INTIMIDATION,
        /** Cyber harassment. */ CYBER_HARASSMENT,
        /** Cyber incitement to hatred or violence. */ CYBER_INCITEMENT,
        /** Cyber stalking. */ CYBER_STALKING,
        /** Non-consensual sharing of intimate material. */ NON_CONSENSUAL_IMAGE_SHARING,
        /** Non-consensual deepfake material. */ NON_CONSENSUAL_MATERIAL_DEEPFAKE,
        /** Cyber bullying and intimidation against girls. */ BULLYING_AGAINST_GIRLS,
        /** Cyber harassment against women. */ CYBER_HARASSMENT_AGAINST_WOMEN,
        /** Cyber stalking against women. */ CYBER_STALKING_AGAINST_WOMEN,
        /** Child sexual abuse material. */ CHILD_SEXUAL_ABUSE_MATERIAL,
        /** Child sexual abuse material made with deepfake or similar technology. */
        CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE,
        /** Grooming or sexual enticement of minors. */ GROOMING_SEXUAL_ENTICEMENT_MINORS,
        /** Hate speech. */ HATE_SPEECH,
        /** Defamation. */ DEFAMATION,
        /** Impersonation or account hijacking. */ IMPERSONATION_ACCOUNT_HIJACKING,
        /** Stalking. */ STALKING,
        /** Not captured by any other keyword. */ OTHER;

        @Override
        public String api() {
            return "KEYWORD_" + name();
        }
    }

    /** What the decision was based on ({@code source_type}). */
    public enum SourceType implements Api {
        /** A notice under Article 16. */ ARTICLE_16,
        /** A notice from a trusted flagger. */ TRUSTED_FLAGGER,
        /** Another kind of notification. */ TYPE_OTHER_NOTIFICATION,
        /** The platform's own initiative. */ VOLUNTARY;

        @Override
        public String api() {
            return "SOURCE_" + name();
        }
    }

    /** How far the decision was automated ({@code automated_decision}). */
    public enum AutomatedDecision implements Api {
        /** Fully automated. */ FULLY,
        /** Partly automated. */ PARTIALLY,
        /** Not automated. */ NOT_AUTOMATED;

        @Override
        public String api() {
            return "AUTOMATED_DECISION_" + name();
        }
    }
}
