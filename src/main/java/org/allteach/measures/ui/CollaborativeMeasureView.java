package org.allteach.measures.ui;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.allteach.identity.Accounts;
import org.allteach.measures.MeasureCharts;
import org.allteach.measures.analysis.SignalWords;
import org.allteach.measures.ui.chart.ImprovementChart;
import org.allteach.shared.ui.PageHeader;

/**
 * A measure across the collaborative, for its coaches and organisers: every reporting team's values added up, the
 * run chart with its signals, and the strata (small groups left out) with their gaps ({@link StrataSection}).
 */
@Route("measures/:measureId")
@PageTitle("Measure across teams · AllTeach")
@StyleSheet("context://styles/measures.css")
@PermitAll
class CollaborativeMeasureView extends Main implements BeforeEnterObserver {

    private final MeasureCharts charts;
    private final Locale locale;
    private final PageHeader header = new PageHeader("Measure across teams");
    final ImprovementChart chart = new ImprovementChart();
    final Div signals = new Div();
    final StrataSection strataSection;

    CollaborativeMeasureView(MeasureCharts charts, Accounts accounts) {
        this.charts = charts;
        this.locale = accounts.myProfile().locale();
        this.strataSection = new StrataSection(locale);
        addClassNames("page", "measure-page");
        signals.addClassName("measure-signals");
        add(header, new Paragraph("Every reporting team's values added up by month. A group month "
                + "that is small in any team, or would give a small one away, is left out."), chart, signals,
                new H2("By group"), strataSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        MeasureCharts.MeasureChart current;
        try {
            current = charts.collaborativeChart(enter.getRouteParameters().getLong("measureId").orElse(-1L), locale);
        } catch (NoSuchElementException notYours) {
            throw new NotFoundException();
        }
        header.setTitle(current.measure().details().name() + " · all teams");
        chart.setModel(ChartModels.runChart(current.measure(), current.total(), List.of()));
        signals.removeAll();
        current.total().runChart().signals().forEach(signal -> signals.add(new Paragraph(SignalWords.describe(signal,
                current.total().series(), locale))));
        strataSection.show(current.measure(), current.strata(), current.suppressionThreshold());
    }
}
