package org.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faqbot.telegram.fake.FakeBotApi;
import org.faqbot.telegram.fake.FakeChat;
import org.faqbot.telegram.fake.FakeUser;
import org.faqbot.telegram.fake.Fault;
import org.faqbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} killed with SIGKILL while it answers, then started again on the same H2 data folder:
 * what the README promises about a crash. Each question names its own redemption day in March 2021,
 * and the rule's answer repeats that day, so every answer tells which question it answers.
 */
class CrashRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int CHATS = 5;
    private static final int QUESTIONS = 20;
    private static final Duration SLOW_SEND = Duration.ofMillis(700);
    private static final Pattern DAY = Pattern.compile("(?:on|op) (\\d{1,2}) (?:March|maart) 2021");
    private static final Pattern RECORDED = Pattern.compile("answer recorded (\\d+(?:\\.\\d+)?) ms after it was sent"
            + "(?:; unrecorded (\\d+(?:\\.\\d+)?) ms from its first send, which waited (\\d+(?:\\.\\d+)?) ms)?");
    /** The burst of the second scenario: this many chats, one question each. */
    private static final int BURST_CHATS = 30;
    /** TELEGRAM_UNRECORDED_ANSWERS's default: the most answers a kill may repeat. */
    private static final int UNRECORDED_ANSWERS = 2;
    /**
     * The burst's kill comes once this many answers reached the fake: early in the burst, and more than
     * the bound, so that a kill with every answer repeated would show.
     */
    private static final int KILL_AFTER_ANSWERS = 6;

    @Test
    void hardKillLosesNoMessageAndRepeatsOnlyAnswersThatWereOnTheirWayToTelegram(@TempDir Path dir) throws Exception {
        try (FakeBotApi fake = FakeBotApi.start()) {
            Map<String, String> env = fake.env(Map.of("FAQBOT_DATA_DIR", dir.resolve("data").toString(), "FAQBOT_HTTP_PORT", "0"));
            Process first = ServeChild.start(env, dir.resolve("first.log"));
            Process second = null;
            try {
                fake.awaitCall(c -> c.is("getUpdates"), WAIT);
                fake.failNext("sendMessage", slowSends(10));
                askTwentyQuestions(fake);
                awaitConfirmed(fake);
                fake.awaitCalls(c -> c.is("sendMessage") && c.ok(), CHATS, WAIT);
                awaitSendsOnTheirWay(fake);

                first.destroyForcibly();
                assertTrue(first.waitFor(10, TimeUnit.SECONDS), "killed");
                Set<Integer> lastBeforeTheKill = lastAnswerPerChat(fake);
                second = ServeChild.start(env, dir.resolve("second.log"));
                Map<Integer, Integer> answers = awaitEveryDayAnswered(fake, QUESTIONS);

                String logs = ServeChild.log(dir.resolve("first.log")) + ServeChild.log(dir.resolve("second.log"));
                assertEquals(QUESTIONS, answers.size(), "every question answered: " + answers + logs);
                answers.forEach((day, count) -> assertTrue(count == 1 || count == 2 && lastBeforeTheKill.contains(day),
                        "question of day " + day + " answered " + count + " times; each chat's last answer before the kill: "
                                + lastBeforeTheKill + logs));
                assertEquals(QUESTIONS + answers.values().stream().filter(c -> c == 2).count(), fake.sentMessages().size());
            } finally {
                first.destroyForcibly();
                if (second != null) {
                    second.destroyForcibly();
                }
            }
        }
    }

    @Test
    void hardKillDuringABurstLosesNothingAndRepeatsAtMostTwoAnswers(@TempDir Path dir) throws Exception {
        try (FakeBotApi fake = FakeBotApi.start()) {
            // The intake's DEBUG lines give the window between each sent answer and its record.
            Map<String, String> env = fake.env(Map.of("FAQBOT_DATA_DIR", dir.resolve("data").toString(), "FAQBOT_HTTP_PORT", "0",
                    "JAVA_TOOL_OPTIONS", "-Dorg.slf4j.simpleLogger.log.org.faqbot.telegram.UpdateIntake=debug -Dorg.slf4j.simpleLogger.log.org.faqbot.store.AnswerMarks=debug"));
            Process first = ServeChild.start(env, dir.resolve("first.log"));
            Process second = null;
            try {
                fake.awaitCall(c -> c.is("getUpdates"), WAIT);
                for (int day = 1; day <= BURST_CHATS; day++) {
                    FakeUser user = day % 2 == 0 ? FakeUser.english(2000 + day) : FakeUser.dutch(2000 + day);
                    fake.sendText(FakeChat.privateWith(user), user, question(day % 2 == 0, day));
                }
                fake.awaitCalls(c -> c.is("sendMessage") && c.ok(), KILL_AFTER_ANSWERS, WAIT);

                first.destroyForcibly();
                assertTrue(first.waitFor(10, TimeUnit.SECONDS), "killed");
                Thread.sleep(200);
                Map<Integer, Integer> beforeTheKill = count(fake.sentMessages());
                second = ServeChild.start(env, dir.resolve("second.log"));
                Map<Integer, Integer> answers = awaitEveryDayAnswered(fake, BURST_CHATS);

                String logs = ServeChild.log(dir.resolve("first.log")) + ServeChild.log(dir.resolve("second.log"));
                List<Integer> repeated = answers.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
                System.out.printf("burst kill: %d of %d users answered before the kill, %d answered again: %s; %s%n",
                        beforeTheKill.size(), BURST_CHATS, repeated.size(), repeated, windows(logs));
                assertEquals(BURST_CHATS, answers.size(), "every question answered: " + answers + logs);
                assertTrue(answers.values().stream().allMatch(c -> c <= 2), "no answer sent three times: " + answers + logs);
                assertTrue(beforeTheKill.keySet().containsAll(repeated), "answered again: " + repeated
                        + "; only answers sent before the kill may repeat: " + beforeTheKill.keySet() + logs);
                assertTrue(repeated.size() <= UNRECORDED_ANSWERS, "at most " + UNRECORDED_ANSWERS
                        + " answers repeated, not " + repeated + logs);
            } finally {
                first.destroyForcibly();
                if (second != null) {
                    second.destroyForcibly();
                }
            }
        }
    }

    /**
     * What the intake logged per answer, each as median and maximum: the window between the sent answer
     * and its record, the whole time it held a permit (first send to record), and its wait for that permit.
     */
    private static String windows(String logs) {
        Matcher m = RECORDED.matcher(logs);
        List<List<Double>> figures = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        while (m.find()) {
            for (int i = 0; i < figures.size(); i++) {
                if (m.group(i + 1) != null) {
                    figures.get(i).add(Double.parseDouble(m.group(i + 1)));
                }
            }
        }
        return "over " + figures.get(0).size() + " answers: record window " + spread(figures.get(0))
                + ", permit held " + spread(figures.get(1)) + ", waited for it " + spread(figures.get(2));
    }

    private static String spread(List<Double> millis) {
        if (millis.isEmpty()) {
            return "(none logged)";
        }
        Collections.sort(millis);
        return String.format(Locale.ROOT, "median %.1f ms, max %.1f ms", millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }

    private static String question(boolean english, int day) {
        return english
                ? "I redeemed my product key on " + day + " March 2021. Until when can I use it?"
                : "Ik heb mijn productcode op " + day + " maart 2021 ingewisseld. Tot wanneer kan ik die gebruiken?";
    }

    private static Fault[] slowSends(int count) {
        Fault[] faults = new Fault[count];
        java.util.Arrays.fill(faults, Fault.slow(SLOW_SEND));
        return faults;
    }

    /** Four questions from each of five chats, Dutch and English, day 1 to 20, interleaved across chats. */
    private static void askTwentyQuestions(FakeBotApi fake) {
        for (int day = 1; day <= QUESTIONS; day++) {
            int chat = (day - 1) % CHATS;
            FakeUser user = chat % 2 == 0 ? FakeUser.english(900 + chat) : FakeUser.dutch(900 + chat);
            fake.sendText(FakeChat.privateWith(user), user, question(chat % 2 == 0, day));
        }
    }

    /** Waits until the bot has confirmed every update: journaled it and asked for the ones after. */
    private static void awaitConfirmed(FakeBotApi fake) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fake.pendingUpdates() > 0) {
            assertTrue(System.nanoTime() < deadline, "updates confirmed within " + WAIT);
            Thread.sleep(10);
        }
    }

    private static void awaitSendsOnTheirWay(FakeBotApi fake) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fake.handling("sendMessage") == 0) {
            assertTrue(System.nanoTime() < deadline, "answers on their way within " + WAIT);
            Thread.sleep(5);
        }
    }

    /**
     * The day of each chat's last answer from the killed process, once the sends it had on their way
     * reached the fake. Only these can have been sent without the bot noting that they were.
     */
    private static Set<Integer> lastAnswerPerChat(FakeBotApi fake) throws InterruptedException {
        Thread.sleep(SLOW_SEND.toMillis() + 200);
        Map<Long, Integer> last = new TreeMap<>();
        for (SentMessage message : fake.sentMessages()) {
            day(message.plain()).forEach(day -> last.put(message.chatId(), day));
        }
        return new TreeSet<>(last.values());
    }

    /** How many answers each day got, once every day has one and no answer came for half a second. */
    private static Map<Integer, Integer> awaitEveryDayAnswered(FakeBotApi fake, int days) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int seen = -1;
        while (true) {
            List<SentMessage> sent = fake.sentMessages();
            Map<Integer, Integer> answers = count(sent);
            if (answers.size() == days && sent.size() == seen || System.nanoTime() > deadline) {
                return answers;
            }
            seen = answers.size() == days ? sent.size() : -1;
            Thread.sleep(answers.size() == days ? 500 : 50);
        }
    }

    private static Map<Integer, Integer> count(List<SentMessage> sent) {
        Map<Integer, Integer> answers = new TreeMap<>();
        for (SentMessage message : sent) {
            day(message.plain()).forEach(day -> answers.merge(day, 1, Integer::sum));
        }
        return answers;
    }

    private static List<Integer> day(String text) {
        Matcher m = DAY.matcher(text);
        List<Integer> days = new ArrayList<>();
        if (m.find()) {
            days.add(Integer.parseInt(m.group(1)));
        }
        return days;
    }
}
