/* Improvement charts (run charts, SPC charts, REaL strata and their gap) drawn with ECharts from what
   measures.ui.chart.ImprovementChart sends (ChartJson: month indexes, values already scaled, month names in the
   viewer's locale). Loaded with @JavaScript on the component, ECharts from its WebJar: no bundle rebuild.
   Black-and-white print: signals are large triangles, astronomical points large diamonds, each stratum has its own
   symbol and dash, limits are dashed, sigma lines dotted, goals dash-dot. Colours come from CSS custom properties
   (frontend/styles/improvement-chart.css), so the chart follows the portal's theme. */
(function () {
    const STRATUM_SYMBOLS = ['circle', 'rect', 'emptyCircle', 'emptyRect', 'roundRect', 'emptyRoundRect'];
    const STRATUM_DASHES = ['solid', [8, 4], [2, 3], [12, 3, 3, 3], [4, 4], [1, 2]];
    const SERIES_FALLBACK = ['#0f766e', '#2563eb', '#b45309', '#7c3aed', '#be185d', '#4d7c0f'];
    const TITLE_HEIGHT = 34;
    const LEGEND_HEIGHT = 30;
    const MAIN_HEIGHT = 270;
    const AXIS_LABELS = 30;
    const MARKER_ROW = 24;
    const GAP_HEIGHT = 130;
    const LEFT = 72;
    /* Small multiples: several short charts side by side, without a legend (the title names the group). */
    const COMPACT = {title: 28, legend: 0, main: 150, gap: 84, left: 60, right: 92};
    const WIDE_RIGHT = 104;
    const NARROW_RIGHT = 80;

    function css(host, name, fallback) {
        const value = getComputedStyle(host).getPropertyValue(name).trim();
        return value || fallback;
    }

    function colours(host) {
        return {
            series: SERIES_FALLBACK.map((fallback, i) => css(host, '--chart-series-' + (i + 1), fallback)),
            signal: css(host, '--chart-signal', '#c2410c'),
            astronomical: css(host, '--chart-astronomical', '#7c3aed'),
            centre: css(host, '--chart-centre', '#1f2937'),
            limit: css(host, '--chart-limit', '#b91c1c'),
            sigma: css(host, '--chart-sigma', '#94a3b8'),
            goal: css(host, '--chart-goal', '#15803d'),
            baseline: css(host, '--chart-baseline', 'rgba(15, 118, 110, 0.08)'),
            phase: css(host, '--chart-phase', '#475569'),
            marker: css(host, '--chart-marker', '#0f766e'),
            text: css(host, '--chart-text', '#17252f'),
            muted: css(host, '--chart-muted', '#5b6b77'),
            grid: css(host, '--chart-grid', '#e5ebef'),
            font: css(host, '--lumo-font-family', 'system-ui, sans-serif'),
        };
    }

    function format(value, unit, digits) {
        if (value === null || value === undefined || value === '-') {
            return '–';
        }
        return Number(value).toLocaleString(undefined, {maximumFractionDigits: digits || 1}) + unit;
    }

    /* Ratios (1 = no gap) need two decimals to show a gap of a few percent. */
    function gapDigits(spec) {
        return spec.gapRatio ? 2 : 1;
    }

    function leftOf(spec) {
        return spec.compact ? COMPACT.left : LEFT;
    }

    /* Markers that would overlap on one row go to the next, so every label stays readable and clickable. */
    function markerRows(markers, pixelsPerMonth) {
        const rowEnds = [];
        return markers.map(marker => {
            const half = (marker.label.length * 6.6 + 16) / 2;
            const centre = marker.at * pixelsPerMonth;
            let row = rowEnds.findIndex(end => end + 4 < centre - half);
            if (row < 0) {
                row = rowEnds.length;
                rowEnds.push(0);
            }
            rowEnds[row] = centre + half;
            return row;
        });
    }

    /* A group keeps its colour, symbol and dash in every chart (and its gap looks like it), when the model says
       which it is; otherwise the series' position decides. */
    function styleOf(series, index) {
        return series.style !== undefined ? series.style : index;
    }

    /* Room for the lines' end labels ("Median 44%", "UCL"), less on a phone. */
    function rightMargin(width, spec) {
        return spec && spec.compact ? COMPACT.right : width < 520 ? NARROW_RIGHT : WIDE_RIGHT;
    }

    /* A fixed range's ticks: the finest round step (1, 2, 2.5 or 5 times a power of ten) that cuts it into at most
       this many equal parts, so the axis does not show a stray label at the bottom. */
    function evenInterval(min, max, most) {
        const span = max - min;
        const power = Math.floor(Math.log10(span));
        const steps = [];
        [power - 2, power - 1, power].forEach(p => [1, 2, 2.5, 5].forEach(m => steps.push(m * Math.pow(10, p))));
        return steps.find(step => {
            const parts = Math.round(span / step);
            return Math.abs(span / step - parts) < 1e-6 && parts <= most;
        });
    }

    function layout(spec, width) {
        const top = spec.compact ? COMPACT.title + COMPACT.legend + 8 : TITLE_HEIGHT + LEGEND_HEIGHT + 14;
        const mainHeight = spec.compact ? COMPACT.main : MAIN_HEIGHT;
        const gapHeight = spec.compact ? COMPACT.gap : GAP_HEIGHT;
        const plotWidth = Math.max(100, width - leftOf(spec) - rightMargin(width, spec));
        const rows = spec.markers.length ? markerRows(spec.markers, plotWidth / spec.months.length) : [];
        const markerRowCount = rows.length ? Math.max(...rows) + 1 : 0;
        const main = {top: top, height: mainHeight};
        let bottom = top + mainHeight + AXIS_LABELS;
        let strip = null;
        if (markerRowCount) {
            strip = {top: bottom, height: markerRowCount * MARKER_ROW};
            bottom += strip.height + 8;
        }
        let gap = null;
        if (spec.series.some(series => series.panel === 'gap')) {
            gap = {top: bottom + (spec.compact ? 14 : 26), height: gapHeight};
            bottom = gap.top + gapHeight + AXIS_LABELS;
        }
        return {main, strip, gap, rows, markerRowCount, height: bottom + 8};
    }

    /* A line from month to month as flat steps a whole month wide, so a limit that changes with each point's
       denominator is a staircase centred on the points, and a one-month line still shows. */
    function steps(line) {
        const data = [];
        line.values.forEach((value, i) => {
            const at = line.from + i;
            if (value === null) {
                data.push([at, '-']);
            } else {
                data.push([at - 0.5, value], [at + 0.5, value]);
            }
        });
        return data;
    }

    function lineStyle(kind, c) {
        switch (kind) {
            case 'centre':
                return {color: c.centre, width: 2, type: 'solid'};
            case 'centre_extended':
                return {color: c.centre, width: 1.5, type: [6, 4]};
            case 'limit':
                return {color: c.limit, width: 1.5, type: [7, 4]};
            case 'sigma':
                return {color: c.sigma, width: 1, type: [2, 3], opacity: 0.9};
            default:
                return {color: c.goal, width: 2, type: [10, 4, 2, 4]};
        }
    }

    function option(host, spec) {
        const c = colours(host);
        const encode = echarts.format.encodeHTML;
        const width = host.clientWidth || 800;
        const right = rightMargin(width, spec);
        const box = layout(spec, width);
        const n = spec.months.length;
        const left = leftOf(spec);
        const unitOf = panel => panel === 'measure' ? spec.unit : '';
        const digitsOf = panel => panel === 'gap' ? gapDigits(spec) : 1;
        const panels = {measure: 0};
        const grids = [{left, right, top: box.main.top, height: box.main.height}];
        if (box.strip) {
            panels.markers = grids.length;
            grids.push({left, right, top: box.strip.top, height: box.strip.height});
        }
        if (box.gap) {
            panels.gap = grids.length;
            grids.push({left, right, top: box.gap.top, height: box.gap.height});
        }
        /* Each panel has two x axes over the same width: a hidden value axis from -0.5 to n-0.5 that carries the
           data (so limits can step half way between months and shading can cover whole months), and a category
           axis with the month names, whose categories sit exactly on the integers of the value axis. */
        const xAxis = [];
        grids.forEach((grid, i) => {
            xAxis.push({type: 'value', gridIndex: i, min: -0.5, max: n - 0.5, show: false});
        });
        grids.forEach((grid, i) => {
            if (i !== panels.markers) {
                xAxis.push({
                    type: 'category', gridIndex: i, data: spec.months, boundaryGap: true, position: 'bottom',
                    axisLine: {lineStyle: {color: c.muted}},
                    axisTick: {show: false},
                    axisPointer: {show: false},
                    axisLabel: {color: c.muted, hideOverlap: true, fontSize: 11},
                });
            }
        });
        const percentBounds = spec.unit === '%';
        const yAxis = grids.map((grid, i) => {
            if (i === panels.markers) {
                return {type: 'value', gridIndex: i, min: 0, max: box.markerRowCount, show: false, inverse: true};
            }
            const gapPanel = i === panels.gap;
            /* A fixed range (small multiples share one, so they compare honestly) wins over fitting the data. */
            const fixedMin = gapPanel ? spec.gapMin : spec.yMin;
            const fixedMax = gapPanel ? spec.gapMax : spec.yMax;
            const fitMin = percentBounds && !gapPanel ? value => Math.max(0, Math.floor(value.min / 10) * 10)
                : undefined;
            const fitMax = percentBounds && !gapPanel ? value => Math.min(100, Math.ceil(value.max / 10) * 10)
                : undefined;
            return {
                type: 'value', gridIndex: i, scale: true,
                name: gapPanel ? (spec.gapLabel || '') : (spec.yLabel || ''),
                nameLocation: 'middle', nameGap: spec.compact ? 40 : 50, nameRotate: 90,
                nameTextStyle: {color: c.text, fontWeight: 600, fontSize: spec.compact ? 11 : 12},
                axisLabel: {color: c.muted, fontSize: spec.compact ? 10 : 12,
                    formatter: value => format(value, gapPanel ? '' : spec.unit, gapPanel ? gapDigits(spec) : 1)},
                axisLine: {show: false},
                axisTick: {show: false},
                splitLine: {lineStyle: {color: c.grid}},
                splitNumber: gapPanel || spec.compact ? 3 : 5,
                interval: fixedMin !== undefined && fixedMax !== undefined
                    ? evenInterval(fixedMin, fixedMax, gapPanel ? 3 : 5) : undefined,
                min: fixedMin !== undefined ? fixedMin : fitMin,
                max: fixedMax !== undefined ? fixedMax : fitMax,
            };
        });

        const series = [];
        const legend = [];
        const measureSeries = spec.series.filter(s => s.panel === 'measure').length;
        let anySignal = false;
        let anyAstronomical = false;
        spec.series.forEach((s, index) => {
            const style = styleOf(s, index);
            const colour = c.series[style % c.series.length];
            const symbol = STRATUM_SYMBOLS[style % STRATUM_SYMBOLS.length];
            const byMonth = new Map(s.points.map((point, i) => [point.at, {point, i}]));
            const data = [];
            for (let at = 0; at < n; at++) {
                const found = byMonth.get(at);
                if (!found || found.point.value === null) {
                    data.push({value: [at, '-']});
                    continue;
                }
                const p = found.point;
                const flagged = p.signal || p.astronomical;
                anySignal = anySignal || p.signal;
                anyAstronomical = anyAstronomical || p.astronomical;
                data.push({
                    value: [at, p.value], series: index, point: found.i,
                    symbol: p.astronomical ? 'diamond' : p.signal ? 'triangle' : symbol,
                    symbolSize: flagged ? 15 : 7,
                    itemStyle: flagged ? {
                        color: p.astronomical ? c.astronomical
                            : measureSeries === 1 && s.panel === 'measure' && !spec.compact ? c.signal : colour,
                        borderColor: c.text, borderWidth: 1.2,
                    } : undefined,
                });
            }
            const panel = panels[s.panel];
            series.push({
                type: 'line', name: s.name, xAxisIndex: panel, yAxisIndex: panel, data,
                showAllSymbol: true, symbol, symbolSize: 7, z: 4, connectNulls: false,
                lineStyle: {color: colour, width: 2, type: STRATUM_DASHES[style % STRATUM_DASHES.length]},
                itemStyle: {color: colour},
                emphasis: {scale: 1.4},
            });
            legend.push({name: s.name});
        });

        const lastOfName = new Map();
        spec.lines.forEach((line, i) => lastOfName.set(line.name + '|' + line.panel, i));
        spec.lines.forEach((line, i) => {
            const panel = panels[line.panel];
            const style = lineStyle(line.kind, c);
            /* A small chart labels only the lines that reach its right edge, by their short name ("Median 42%"),
               so no label sits on the points. */
            const reachesEnd = line.from + line.values.length === n;
            const labelled = spec.compact ? reachesEnd : lastOfName.get(line.name + '|' + line.panel) === i;
            const labelName = spec.compact ? line.name.replace(' (extended)', '').replace(/^Gap median/, 'Median')
                : line.name;
            const constant = line.values.every(value => value === line.values[0]);
            series.push({
                type: 'line', name: line.name, xAxisIndex: panel, yAxisIndex: panel, data: steps(line),
                symbol: 'none', silent: true, z: line.kind === 'sigma' ? 1 : 2, lineStyle: style,
                itemStyle: {color: style.color},
                endLabel: {
                    show: labelled, color: style.color, fontSize: line.kind === 'sigma' ? 10 : 11,
                    fontWeight: line.kind === 'sigma' ? 'normal' : 600, distance: 6,
                    formatter: () => constant && line.kind !== 'sigma'
                        ? labelName + ' ' + format(line.values[0], unitOf(line.panel), digitsOf(line.panel))
                        : labelName,
                },
                labelLayout: {hideOverlap: true},
            });
            if (line.kind !== 'sigma' && !legend.some(item => item.name === line.name)) {
                legend.push({name: line.name, itemStyle: {opacity: 0}});
            }
        });

        if (anySignal) {
            series.push({type: 'scatter', name: 'Signal', data: [], symbol: 'triangle', symbolSize: 13,
                itemStyle: {color: measureSeries === 1 ? c.signal : c.muted, borderColor: c.text, borderWidth: 1}});
            legend.push({name: 'Signal'});
        }
        if (anyAstronomical) {
            series.push({type: 'scatter', name: 'Astronomical point', data: [], symbol: 'diamond', symbolSize: 13,
                itemStyle: {color: c.astronomical, borderColor: c.text, borderWidth: 1}});
            legend.push({name: 'Astronomical point'});
        }

        /* Baseline shading, phase boundaries and where each change was tested, on every data panel; drawn by an
           empty series of their own, so hiding a series in the legend leaves them in place. */
        [panels.measure, panels.gap].filter(panel => panel !== undefined).forEach(panel => {
            series.push({
                type: 'line', id: 'timeline-' + panel, name: '', data: [], xAxisIndex: panel, yAxisIndex: panel,
                silent: true, z: 0,
                markArea: {
                    silent: true, itemStyle: {color: c.baseline},
                    label: {show: panel === panels.measure, position: 'insideTop', color: c.muted, fontSize: 11},
                    data: spec.periods.map(period => [{name: period.label, xAxis: period.from - 0.5},
                        {xAxis: period.to + 0.5}]),
                },
                markLine: {
                    silent: true, symbol: 'none', animation: false,
                    data: spec.phases.map(phase => ({
                        xAxis: phase.at - 0.5,
                        lineStyle: {color: c.phase, type: [5, 3], width: 1.5},
                        label: {show: panel === panels.measure, formatter: phase.label, position: 'end',
                            color: c.phase, fontSize: 11, fontWeight: 600},
                    })).concat(spec.markers.map(marker => ({
                        xAxis: marker.at,
                        lineStyle: {color: c.marker, type: [1, 3], width: 1, opacity: 0.7},
                        label: {show: false},
                    }))),
                },
            });
        });

        if (box.strip) {
            series.push({
                type: 'scatter', id: 'markers', name: 'Changes tested', xAxisIndex: panels.markers,
                yAxisIndex: panels.markers, z: 5, cursor: 'pointer',
                data: spec.markers.map((marker, i) => ({
                    value: [marker.at, box.rows[i] + 0.5], id: marker.id, name: marker.title,
                    symbolSize: [marker.label.length * 6.6 + 16, 18],
                    label: {formatter: marker.label},
                })),
                symbol: 'roundRect',
                itemStyle: {color: c.marker, opacity: 1},
                label: {show: true, color: '#ffffff', fontSize: 11, fontWeight: 600},
                emphasis: {itemStyle: {color: c.text}},
                tooltip: {trigger: 'item', formatter: params => encode(params.data.name)},
            });
        }

        return {
            animation: false,
            textStyle: {fontFamily: c.font, color: c.text},
            title: {text: spec.title, left: left - 8, top: 6, textStyle: {fontSize: spec.compact ? 14 : 16,
                fontWeight: 700, color: c.text, width: Math.max(120, width - left), overflow: 'truncate'}},
            legend: {show: !spec.compact, data: legend, type: 'scroll', top: TITLE_HEIGHT + 4, left: left - 8, right,
                itemWidth: 26, itemHeight: 12, textStyle: {color: c.text, fontSize: 12}},
            grid: grids,
            xAxis, yAxis,
            axisPointer: {link: [{xAxisIndex: 'all'}]},
            tooltip: {
                trigger: 'axis', confine: true,
                axisPointer: {type: 'line', snap: true, lineStyle: {color: c.muted, type: 'dashed'}},
                formatter: params => tooltip(spec, params, c, encode),
            },
            series,
        };
    }

    function tooltip(spec, params, c, encode) {
        const first = Array.isArray(params) ? params[0] : params;
        if (!first) {
            return '';
        }
        const at = Math.round(first.axisValue);
        if (at < 0 || at >= spec.months.length) {
            return '';
        }
        const rows = ['<strong>' + encode(spec.months[at]) + '</strong>'];
        spec.series.forEach((s, index) => {
            const p = s.points.find(point => point.at === at);
            if (!p || p.value === null) {
                return;
            }
            const flags = [p.signal ? '▲ signal' : '', p.astronomical ? '◆ astronomical' : ''].filter(Boolean);
            rows.push('<span style="color:' + c.series[styleOf(s, index) % c.series.length] + '">●</span> '
                + encode(s.name) + ': <strong>' + format(p.value, s.panel === 'measure' ? spec.unit : '',
                    s.panel === 'gap' ? gapDigits(spec) : 1) + '</strong>'
                + (p.detail ? ' (' + encode(p.detail) + ')' : '') + (flags.length ? ' ' + flags.join(', ') : ''));
        });
        spec.lines.filter(line => line.kind !== 'sigma').forEach(line => {
            const value = line.values[at - line.from];
            if (value !== undefined && value !== null) {
                rows.push(encode(line.name) + ': ' + format(value, line.panel === 'measure' ? spec.unit : '',
                    line.panel === 'gap' ? gapDigits(spec) : 1));
            }
        });
        spec.markers.filter(marker => marker.at === at).forEach(marker =>
            rows.push('<span style="color:' + c.marker + '">■</span> ' + encode(marker.label) + ': '
                + encode(marker.title)));
        return rows.join('<br>');
    }

    function chartOf(host) {
        let chart = echarts.getInstanceByDom(host);
        if (!chart) {
            chart = echarts.init(host, null, {renderer: 'canvas'});
            chart.on('click', params => {
                if (params.seriesId === 'markers') {
                    host.dispatchEvent(new CustomEvent('marker-click', {detail: {id: params.data.id}}));
                } else if (params.data && params.data.point !== undefined) {
                    host.dispatchEvent(new CustomEvent('point-click',
                        {detail: {series: params.data.series, point: params.data.point}}));
                }
            });
            // Responsive: the chart follows its box, and the marker rows are laid out again for the new width.
            let lastWidth = host.clientWidth;
            new ResizeObserver(() => {
                if (host.clientWidth === lastWidth || !host.__allteachChartSpec) {
                    chart.resize();
                    return;
                }
                lastWidth = host.clientWidth;
                draw(host, host.__allteachChartSpec);
            }).observe(host);
        }
        return chart;
    }

    function draw(host, spec) {
        host.__allteachChartSpec = spec;
        const box = layout(spec, host.clientWidth || 800);
        host.style.height = box.height + 'px';
        const chart = chartOf(host);
        chart.resize();
        chart.setOption(option(host, spec), true);
        host.setAttribute('data-drawn', 'true');
    }

    window.allteachImprovementChart = {
        draw,

        /* A picture of the chart as drawn, at twice the screen's resolution, on white (for storyboards). */
        exportPng(host, fileName) {
            const chart = echarts.getInstanceByDom(host);
            if (!chart) {
                return;
            }
            const link = document.createElement('a');
            link.href = chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#ffffff'});
            link.download = fileName;
            document.body.appendChild(link);
            link.click();
            link.remove();
        },

        /* Where a marker's flag is, in pixels from the chart's top left corner. */
        markerPosition(host, id) {
            const chart = echarts.getInstanceByDom(host);
            const spec = host.__allteachChartSpec;
            const index = spec.markers.findIndex(marker => marker.id === id);
            if (!chart || index < 0) {
                return null;
            }
            const value = chart.getOption().series.find(s => s.id === 'markers').data[index].value;
            const [x, y] = chart.convertToPixel({seriesId: 'markers'}, value);
            return {x, y};
        },
    };
})();
