package org.faqbot.http;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What the browser tests do on the chat page, by the page's ids and classes. */
final class ChatPage {

    private final Browser browser;

    ChatPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens {@code url} with an empty browser storage (a first visit), and waits until the page is ready. */
    ChatPage openFresh(String url) {
        WebDriver driver = browser.driver();
        driver.get(url);
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
        return reload();
    }

    ChatPage reload() {
        browser.driver().navigate().refresh();
        return awaitReady();
    }

    ChatPage awaitReady() {
        browser.await(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        return this;
    }

    /** Types {@code question}, presses Enter and waits for the answer, which it returns. */
    WebElement ask(String question) {
        int before = answers().size();
        WebElement input = browser.driver().findElement(By.id("q"));
        input.sendKeys(question);
        input.sendKeys(Keys.ENTER);
        return awaitAnswer(before);
    }

    /** Clicks {@code button} and waits for the answer it brings. */
    WebElement press(WebElement button) {
        int before = answers().size();
        button.click();
        return awaitAnswer(before);
    }

    WebElement awaitAnswer(int before) {
        return browser.await(d -> answers().size() > before ? answers().get(answers().size() - 1) : null);
    }

    List<WebElement> answers() {
        return browser.driver().findElements(By.cssSelector("#log article.msg.bot"));
    }

    List<WebElement> userMessages() {
        return browser.driver().findElements(By.cssSelector("#log .msg.user"));
    }

    void chooseLanguage(String code) {
        new Select(browser.driver().findElement(By.id("lang"))).selectByValue(code);
    }

    String heading() {
        return browser.driver().findElement(By.id("heading")).getText();
    }
}
