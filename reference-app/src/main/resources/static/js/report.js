// An interview's report (GET /interviews/{id}/report) with its transcript (GET .../turns); each
// question links to its turn in the transcript below.
import { api } from './api.js';
import { announce, startPage } from './chrome.js';
import { el, fill, when } from './dom.js';

function items(id, values, empty) {
    fill(document.getElementById(id), (values && values.length ? values : [empty]).map(value => el('li', { text: value })));
}

function dimension(d) {
    return el('div', { class: 'dimension' },
        el('h3', { text: `${d.name}: ${d.score}` }),
        el('progress', { max: 100, value: d.score, 'aria-label': `${d.name} score` }, `${d.score}`),
        d.rationale ? el('p', { class: 'muted', text: d.rationale }) : null,
        (d.evidence || []).map(quote => el('blockquote', { text: quote })));
}

function turn(t) {
    const who = t.role === 'CANDIDATE' ? 'You' : `Interviewer (${t.kind.replace('_', ' ').toLowerCase()})`;
    return el('li', { id: `turn-${t.sequence}`, class: `turn ${t.role === 'CANDIDATE' ? 'candidate' : ''}`, tabindex: -1 },
        el('span', { class: 'who', text: `${t.sequence}. ${who} · ${when(t.createdAt)}` }),
        t.text,
        t.code ? el('pre', {}, el('code', { text: t.code })) : null,
        t.scores ? el('span', { class: 'who', text: `score ${t.scores.overall ?? t.scores.overallScore ?? ''}` }) : null);
}

async function load() {
    if (!await startPage()) {
        return;
    }
    const id = new URLSearchParams(location.search).get('id');
    if (!id) {
        announce('No interview chosen: open a report from the dashboard.');
        return;
    }
    const base = `/api/v1/interviews/${encodeURIComponent(id)}`;
    try {
        const [interview, answer, turns] = await Promise.all([api(base), api(`${base}/report`), api(`${base}/turns`)]);
        const report = answer.report || answer;
        document.getElementById('report-title').textContent =
            `${interview.type.replace('_', ' ').toLowerCase()} interview report · ${when(interview.endedAt || interview.createdAt)}`;
        document.title = `Report · Maang Tracker`;
        document.getElementById('overall-score').textContent = report.overallScore;
        document.getElementById('produced-by').textContent = report.producedBy ? `Scored by: ${report.producedBy}` : '';
        fill(document.getElementById('dimensions'), (report.dimensions || []).map(dimension));
        items('strengths', report.strengths, 'None noted.');
        items('weaknesses', report.weaknesses, 'None noted.');
        items('recommendations', report.recommendations, 'Nothing specific.');
        fill(document.getElementById('questions'), (report.questions || []).map(q => el('li', {},
            el('a', { href: `#turn-${q.turn}`, text: q.questionText }), ` — score ${q.score}`)));
        fill(document.getElementById('transcript'), turns.map(turn));
        document.getElementById('report-body').hidden = false;
        document.body.dataset.loaded = 'true';
        if (location.hash) {
            document.querySelector(location.hash)?.focus();
        }
    } catch (error) {
        announce(error.message);
        if (error.status === 409) {
            // Not completed yet: the room picks it up where it was.
            document.getElementById('continue-link').href = `/interview.html?id=${encodeURIComponent(id)}`;
            document.getElementById('continue').hidden = false;
        }
    }
}

load();
