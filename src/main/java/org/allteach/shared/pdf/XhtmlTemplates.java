package org.allteach.shared.pdf;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The XHTML templates that {@link HtmlPdf} turns into PDFs: Thymeleaf in XML mode (well-formed output, text escaped),
 * read from one folder of the classpath.
 */
public final class XhtmlTemplates {

    private XhtmlTemplates() {
    }

    /** An engine for the templates {@code <folder>/<name>.html}. */
    public static TemplateEngine engine(String folder) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(folder + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
