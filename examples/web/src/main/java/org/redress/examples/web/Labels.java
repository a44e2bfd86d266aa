package org.redress.examples.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.redress.core.model.Channel;
import org.redress.core.model.HarassmentKind;

/** Plain-language names for the model's enumerations, in the order forms show them. */
final class Labels {

    static final Map<HarassmentKind, String> KINDS = new LinkedHashMap<>();
    static final Map<Channel, String> CHANNELS = new LinkedHashMap<>();

    static {
        KINDS.put(HarassmentKind.THREAT_OF_VIOLENCE, "Threats to hurt me");
        KINDS.put(HarassmentKind.THREAT_OF_SEXUAL_VIOLENCE, "Threats of sexual violence");
        KINDS.put(HarassmentKind.DEATH_THREAT, "Threats to kill me");
        KINDS.put(HarassmentKind.BULLYING, "Insults or bullying");
        KINDS.put(HarassmentKind.DOXXING, "Sharing where I live or other private details");
        KINDS.put(HarassmentKind.IMPERSONATION, "Pretending to be me");
        KINDS.put(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE, "Sharing intimate images of me");
        KINDS.put(HarassmentKind.DEEPFAKE_INTIMATE_IMAGE, "Fake (AI-made) intimate images of me");
        KINDS.put(HarassmentKind.CYBERFLASHING, "Sending me sexual images I did not ask for");
        KINDS.put(HarassmentKind.SEXTORTION_OR_BLACKMAIL, "Blackmail or demands for money");
        KINDS.put(HarassmentKind.STALKING_OR_MONITORING, "Following or watching me");
        KINDS.put(HarassmentKind.HACKING_OR_ACCOUNT_COMPROMISE, "Getting into my accounts");
        KINDS.put(HarassmentKind.RUMOURS_OR_DEFAMATION, "Spreading lies about me");
        KINDS.put(HarassmentKind.HATE, "Abuse because of who I am");
        KINDS.put(HarassmentKind.PILE_ON, "Many people at once");
        KINDS.put(HarassmentKind.TROLLING, "Trolling");
        KINDS.put(HarassmentKind.FALSE_REPORTING, "False reports about me");
        KINDS.put(HarassmentKind.AI_GENERATED_ABUSE, "Other AI-made abuse");
        KINDS.put(HarassmentKind.ENCOURAGING_SELF_HARM, "Telling me to hurt myself");
        for (HarassmentKind k : HarassmentKind.values()) {
            KINDS.putIfAbsent(k, k.name().charAt(0) + k.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '));
        }
        CHANNELS.put(Channel.SOCIAL_MEDIA, "Social media");
        CHANNELS.put(Channel.MESSAGING, "Messaging app");
        CHANNELS.put(Channel.EMAIL, "Email");
        CHANNELS.put(Channel.PHONE_OR_SMS, "Phone call or text message");
        CHANNELS.put(Channel.FORUM, "Forum");
        CHANNELS.put(Channel.GAMING, "Online game");
        CHANNELS.put(Channel.WEBSITE, "Website");
        for (Channel c : Channel.values()) {
            CHANNELS.putIfAbsent(c, c.name().substring(0, 1) + c.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '));
        }
    }

    private Labels() {
    }
}
