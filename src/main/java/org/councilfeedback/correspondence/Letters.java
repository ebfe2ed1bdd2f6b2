package org.councilfeedback.correspondence;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders letters as PDF for the print queue, from the stored message and the council profile; in large print (16pt
 * and more) for a person whose reasonable adjustments ask for it.
 */
@Service
public class Letters {

    private final TemplateEngine templates;
    private final CouncilProfile profile;
    private final Clock clock;

    Letters(TemplateEngine templates, CouncilProfile profile, Clock clock) {
        this.templates = templates;
        this.profile = profile;
        this.clock = clock;
    }

    public byte[] pdf(OutgoingMessage message) {
        Context context = new Context();
        context.setVariable("council", profile);
        context.setVariable("message", message);
        context.setVariable("largePrint", message.largePrint());
        context.setVariable("addressLines", message.recipient() == null ? List.of() : Arrays.asList(message.recipient().split("\n")));
        context.setVariable("paragraphs", Arrays.asList(message.body().split("\n\n")));
        context.setVariable("date", LocalDate.now(clock).format(Acknowledgements.DATE));
        String html = templates.process("letters/letter", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
