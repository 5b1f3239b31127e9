package org.faqbot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.faqbot.dialog.Messages;
import org.faqbot.kb.Lang;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The command menu Telegram shows next to the text field: the core's commands, described in Dutch for
 * users whose Telegram is in Dutch and in English for everyone else.
 */
final class BotCommands {

    /**
     * The commands the core handles that make sense without an argument, in menu order; descriptions are
     * {@code telegram.command.<name>}.
     */
    static final List<String> NAMES = List.of("start", "help", "topics", "lang", "remember", "reminders", "mydata",
            "forget", "cancel");

    private BotCommands() {
    }

    /** The setMyCommands calls to make: Dutch for language_code "nl", English as the default. */
    static List<SetMyCommands> requests(Messages messages) {
        return List.of(
                SetMyCommands.builder().commands(commands(messages, Lang.NL)).languageCode(Lang.NL.code()).build(),
                SetMyCommands.builder().commands(commands(messages, Lang.EN)).build());
    }

    private static List<BotCommand> commands(Messages messages, Lang lang) {
        List<BotCommand> commands = new ArrayList<>();
        for (String name : NAMES) {
            commands.add(new BotCommand(name, messages.get(lang, "telegram.command." + name)));
        }
        return commands;
    }
}
