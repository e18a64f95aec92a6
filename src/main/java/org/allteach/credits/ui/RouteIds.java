package org.allteach.credits.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** Ids in a route's path: the route's pattern admits any digits, so one too long for a {@code long} is no page. */
final class RouteIds {

    private RouteIds() {
    }

    /** @throws NotFoundException when the parameter is missing or not a {@code long} */
    static long of(BeforeEnterEvent event, String parameter) {
        try {
            return Long.parseLong(event.getRouteParameters().get(parameter).orElseThrow(NotFoundException::new));
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException();
        }
    }
}
