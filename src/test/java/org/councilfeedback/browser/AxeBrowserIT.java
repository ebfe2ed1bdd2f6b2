package org.councilfeedback.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The accessibility check itself: it finds a violation when there is one, with JavaScript on and off. */
class AxeBrowserIT {

    private static final String BROKEN = "<!DOCTYPE html><html lang='en'><head><title>Broken</title></head><body><main>"
            + "<h1>Broken</h1><img src='x.png'><label>Name <input id='a'></label>"
            + "<a href='#'><span style='color:#eee;background:#fff'>Pale link</span></a></main></body></html>";
    private static final String FINE = "<!DOCTYPE html><html lang='en'><head><title>Fine</title></head><body><main>"
            + "<h1>Fine</h1><p>Nothing wrong here.</p></main></body></html>";

    @RegisterExtension
    static final Browser withJavaScript = Browser.chromium().size(800, 600);

    @RegisterExtension
    static final Browser withoutJavaScript = Browser.chromium().withoutJavaScript().size(800, 600);

    @Test
    void reportsEachViolationWithItsRuleAndElement() {
        withJavaScript.open(page(BROKEN));
        assertThatThrownBy(withJavaScript::assertAccessible).hasMessageContaining("image-alt")
                .hasMessageContaining("color-contrast").hasMessageContaining("<img src=\"x.png\">");
    }

    @Test
    void findsViolationsWithJavaScriptTurnedOffToo() {
        withoutJavaScript.open(page(BROKEN));
        assertThatThrownBy(withoutJavaScript::assertAccessible).hasMessageContaining("image-alt");
    }

    @Test
    void passesAPageWithoutViolations() {
        withJavaScript.open(page(FINE));
        assertThatCode(withJavaScript::assertAccessible).doesNotThrowAnyException();
        withoutJavaScript.open(page(FINE));
        assertThatCode(withoutJavaScript::assertAccessible).doesNotThrowAnyException();
    }

    private static String page(String html) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
