// The dashboard: summary, today's plan, streak calendar, progress per topic, recent interviews and
// weaknesses, from GET /api/v1/analytics/dashboard and GET /api/v1/weaknesses.
import { api } from './api.js';
import { announce, startPage } from './chrome.js';
import { barChart } from './charts.js';
import { el, fill, when } from './dom.js';

function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summary(data) {
    const rows = [
        ['Overall progress', `${data.overall}%`],
        ['System design', `${data.systemDesign}%`],
        ['Problems solved', data.solved],
        ['Current streak', `${plural(data.streak.current, 'day')} (longest ${data.streak.longest})`],
        ['Open weaknesses', data.weaknesses.open],
    ];
    fill(document.getElementById('summary'), rows.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })]));
}

function plan(items) {
    fill(document.getElementById('plan'), items.length === 0 ? el('li', { text: 'Nothing planned: well done.' })
        : items.map(item => el('li', {},
            el('strong', { text: item.title }), ` — ${item.minutes} min`,
            el('br'), el('span', { class: 'muted', text: `${item.kind.replace('_', ' ').toLowerCase()}: ${item.reason}` }))));
}

function calendar(streak) {
    // The last 18 weeks, oldest first, one square a day; the level shows how many activities.
    const counts = new Map(streak.calendar.map(day => [day.date, day.activities]));
    const today = new Date();
    const days = [];
    const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 7 * 18 + 1));
    start.setUTCDate(start.getUTCDate() - start.getUTCDay());
    for (let day = new Date(start); day <= today; day.setUTCDate(day.getUTCDate() + 1)) {
        const date = day.toISOString().slice(0, 10);
        const count = counts.get(date) || 0;
        const level = count === 0 ? '' : count < 3 ? 'l1' : count < 6 ? 'l2' : 'l3';
        days.push(el('span', { class: level, title: `${date}: ${count} activities` }));
    }
    const box = document.getElementById('calendar');
    fill(box, days);
    box.setAttribute('aria-label', `Activity calendar: ${streak.activeDays} active days, last active ${streak.lastActive || 'never'}`);
    document.getElementById('streak-text').textContent = streak.current > 0
        ? `${streak.current}-day streak. ${plural(streak.activeDays, 'active day')} in the last year.`
        : `No streak yet. ${plural(streak.activeDays, 'active day')} in the last year.`;
}

function progress(topics) {
    barChart(document.getElementById('progress-chart'), topics.map(t => t.name),
        [{ label: 'Progress %', data: topics.map(t => t.progress) }], 100);
    fill(document.getElementById('progress-table'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Topic' }), el('th', { scope: 'col', text: 'Solved' }),
            el('th', { scope: 'col', text: 'Progress' }))),
        el('tbody', {}, topics.map(t => el('tr', {}, el('td', { text: t.name }), el('td', { text: `${t.solved} / ${t.problems}` }),
            el('td', { text: `${t.progress}%` })))));
}

function interviews(list) {
    const table = document.getElementById('interviews');
    if (list.length === 0) {
        fill(table, el('caption', { text: 'No interviews yet: start one in the interview room.' }));
        return;
    }
    fill(table,
        el('thead', {}, el('tr', {}, ['Type', 'Difficulty', 'Status', 'Started', 'Score', 'Open'].map(h => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, list.map(i => el('tr', {},
            el('td', { text: i.type.replace('_', ' ') }), el('td', { text: i.difficulty }), el('td', { text: i.status }),
            el('td', { text: when(i.createdAt) }), el('td', { class: 'interview-score', text: i.overallScore ?? '—' }),
            el('td', {}, i.status === 'COMPLETED'
                ? el('a', { href: `/report.html?id=${encodeURIComponent(i.id)}`, text: 'Report' })
                : el('a', { href: `/interview.html?id=${encodeURIComponent(i.id)}`, text: 'Continue' }))))));
}

function weaknesses(list) {
    const open = list.filter(w => w.open);
    barChart(document.getElementById('weakness-chart'), open.map(w => w.topic), [
        { label: 'Severity (0–100)', data: open.map(w => w.severity) },
        { label: 'Confidence (%)', data: open.map(w => Math.round(w.confidence * 100)) },
    ], 100);
    const table = document.getElementById('weaknesses');
    if (open.length === 0) {
        fill(table, el('caption', { text: 'No open weaknesses.' }));
        return;
    }
    fill(table,
        el('thead', {}, el('tr', {}, ['Topic', 'Severity', 'Confidence', 'Practise next'].map(h => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, open.map(w => el('tr', {},
            el('td', { text: w.topic }), el('td', { text: w.severity.toFixed(1) }),
            el('td', { text: `${Math.round(w.confidence * 100)}%` }),
            el('td', { text: (w.recommendations || []).slice(0, 3).map(r => r.title).join('; ') || '—' })))));
}

async function load() {
    if (!await startPage()) {
        return;
    }
    try {
        const [data, weak] = await Promise.all([api('/api/v1/analytics/dashboard'), api('/api/v1/weaknesses')]);
        summary(data);
        plan(data.plan.items);
        calendar(data.streak);
        progress(data.topics);
        interviews(data.recentInterviews);
        weaknesses(weak);
        document.body.dataset.loaded = 'true';
    } catch (error) {
        announce(error.message);
    }
}

load();
