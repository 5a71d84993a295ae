// Chart.js (from the webjar, loaded before the page's module) with the site's colours; the charts
// are pictures of data that the pages also give as text or tables.

const BRAND = '#0b5cad';
const ACCENT = '#c25e00';

/** A horizontal bar chart of labelled values; replaces a previous chart on the same canvas. */
export function barChart(canvas, labels, datasets, max) {
    const Chart = window.Chart;
    if (!Chart) {
        return null;
    }
    Chart.getChart(canvas)?.destroy();
    // Room for every label: a bar per row.
    canvas.parentElement.hidden = labels.length === 0;
    canvas.parentElement.style.height = `${Math.max(6, labels.length * datasets.length * 1.1 + 3)}rem`;
    const colours = [BRAND, ACCENT];
    return new Chart(canvas, {
        type: 'bar',
        data: {
            labels,
            datasets: datasets.map((set, index) => ({ ...set, backgroundColor: colours[index % colours.length] })),
        },
        options: {
            indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
            scales: { x: { beginAtZero: true, max }, y: { ticks: { autoSkip: false } } },
            plugins: { legend: { display: datasets.length > 1 } },
        },
    });
}
