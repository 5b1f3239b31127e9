package org.faqbot.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faqbot.kb.Lang;
import org.faqbot.nlu.SmallTalk;

/**
 * What the bot says about itself: /start, /help ("what can you do?", "wie ben jij?") and the small talk that says what
 * it answers ("hallo", "are you a bot?"), fitted to the loaded knowledge base as the fallback is ({@link KnownTopics}):
 * on the Benefits FAQ it answers about MPN benefits, on the whole corpus from the Partner Center documentation, with
 * that knowledge base's example questions.
 */
final class SelfDescription {

    /**
     * Small talk whose Benefits FAQ text names one of that FAQ's questions as an example; with the documentation the
     * reply offers the loaded knowledge base's examples as buttons instead.
     */
    private static final Set<SmallTalk.Kind> WITH_EXAMPLES = EnumSet.of(SmallTalk.Kind.GREETING, SmallTalk.Kind.ANYONE_THERE,
            SmallTalk.Kind.SHRUG);
    /** The examples /start offers before its date example. */
    private static final int START_EXAMPLES = 2;

    private final KnownTopics known;
    private final Texts texts;

    SelfDescription(KnownTopics known, Texts texts) {
        this.known = known;
        this.texts = texts;
    }

    /** The reply to /start: what the bot answers, with example questions and a date to work out as buttons. */
    Reply start(Lang lang) {
        List<Choice> examples = new ArrayList<>(known.choices(lang, START_EXAMPLES));
        examples.add(new Choice(texts.get(lang, "start.example.date"), texts.get(lang, "start.example.date")));
        return Reply.builder(lang, ReplyType.SMALLTALK, texts.get(lang, known.key("start.text"))).choices(examples).build();
    }

    /** The reply to /help, "help", "what can you do?": what the bot answers, and its commands. */
    Reply help(Lang lang) {
        String text = texts.get(lang, "help.text", texts.get(lang, known.key("help.intro")));
        return Reply.text(lang, ReplyType.SMALLTALK, text);
    }

    /** The reply to small talk of {@code kind} other than a request for help, on {@code today} (for "what day is it?"). */
    Reply smallTalk(Lang lang, SmallTalk.Kind kind, LocalDate today) {
        String key = "smalltalk." + kind.name().toLowerCase(Locale.ROOT);
        // Only the sentences that say what the bot answers have the documentation's variant; thanks stay thanks.
        boolean variant = !known.key(key).equals(key) && texts.has(lang, known.key(key));
        // The day is for "what's today's date?" (smalltalk.today); the other sentences have no placeholder.
        String text = texts.get(lang, variant ? known.key(key) : key, texts.dayAndDate(today, lang));
        List<Choice> examples = variant && WITH_EXAMPLES.contains(kind) ? known.choices(lang, KnownTopics.BUTTONS) : List.of();
        return Reply.builder(lang, ReplyType.SMALLTALK, text).choices(examples).build();
    }
}
