package org.allteach.shared;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links to pages of the portal, for emails: they start with {@code allteach.public-url}. */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${allteach.public-url}") URI publicUrl) {
        String url = publicUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** @param path a path inside the portal, e.g. {@code invitation/abc} */
    public String to(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
