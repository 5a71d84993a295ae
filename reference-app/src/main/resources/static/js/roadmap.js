// The roadmap: the topics as a graph of prerequisites per track (roadmap-graph.js) or as a list in
// learning order, each with its progress; a topic's problems (those of the question bank marked:
// interviews ask them) with a status control each, and a form to log an attempt (GET /roadmap,
// GET /roadmap/topics/{slug}, PUT /problems/{slug}/status, POST /problems/{slug}/attempts). The list is
// the graph's text alternative and the default on a phone, where the graph would need sideways scrolling.
import { api } from './api.js';
import { announce, startPage } from './chrome.js';
import { clearErrors, el, fill, showError } from './dom.js';
import { topicGraph } from './roadmap-graph.js';

const STATUSES = ['TODO', 'ATTEMPTED', 'SOLVED', 'MASTERED'];
const TRACKS = [['CODING', 'Coding'], ['SYSTEM_DESIGN', 'System design']];
const PHONE = window.matchMedia('(max-width: 480px)');
let names = new Map();
let topicsShown = [];
let currentTopic = null;

function topicItem(topic) {
    const prerequisites = topic.prerequisites.length
        ? `after ${topic.prerequisites.map(slug => names.get(slug) || slug).join(', ')}` : 'a starting point';
    return el('li', { class: 'topic' },
        el('a', { href: `?topic=${encodeURIComponent(topic.slug)}`, 'data-topic': topic.slug, text: topic.name }),
        topic.problems > 0 ? ` — ${topic.solved} of ${topic.problems} solved` : ` — ${topic.concepts} concepts`,
        el('progress', { max: 100, value: topic.progress, 'aria-label': `${topic.name} progress` }, `${topic.progress}%`),
        el('span', { class: 'muted', text: `${topic.progress}% · ${prerequisites}` }));
}

async function loadRoadmap() {
    const roadmap = await api('/api/v1/roadmap');
    names = new Map(roadmap.topics.map(t => [t.slug, t.name]));
    document.getElementById('overall').textContent =
        `Overall ${roadmap.overall}% · system design ${roadmap.systemDesign}% · `
        + `${roadmap.solved} problem${roadmap.solved === 1 ? '' : 's'} solved`;
    topicsShown = roadmap.topics;
    fill(document.getElementById('topics'), roadmap.topics.map(topicItem));
    drawGraphs();
}

/** A graph per track; focus stays on the same topic when the graph is drawn again. */
function drawGraphs() {
    const topics = topicsShown;
    const container = document.getElementById('graphs');
    const focused = container.contains(document.activeElement) ? document.activeElement.dataset.topic : null;
    fill(container, TRACKS.filter(([track]) => topics.some(t => t.track === track)).map(([track, title]) => {
        const id = `graph-${track.toLowerCase().replace('_', '-')}`;
        return el('section', { class: 'graph-track', 'aria-labelledby': `${id}-title` },
            el('h3', { id: `${id}-title`, text: `${title} topics` }),
            el('div', { class: 'graph-scroll' }, topicGraph(topics.filter(t => t.track === track), {
                names, labelledBy: `${id}-title`, describedBy: 'graph-help', selected: currentTopic, onSelect: openTopic,
            })));
    }));
    if (focused) {
        container.querySelector(`[data-topic="${CSS.escape(focused)}"]`)?.focus();
    }
    centreGraphs();
}

/** Where a graph is wider than its card (a phone), scrolls it to the open topic or the first one. */
function centreGraphs() {
    for (const scroller of document.querySelectorAll('#graphs .graph-scroll')) {
        const node = scroller.querySelector('.topic-node[tabindex="0"]');
        if (node && scroller.scrollWidth > scroller.clientWidth) {
            const graphLeft = scroller.firstElementChild.getBoundingClientRect().left
                - scroller.getBoundingClientRect().left + scroller.scrollLeft;
            scroller.scrollLeft = graphLeft + Number(node.dataset.x) - scroller.clientWidth / 2;
        }
    }
}

/** Shows the graph or the list. */
function showView(view) {
    document.getElementById('graph-view').hidden = view !== 'graph';
    document.getElementById('list-view').hidden = view !== 'list';
    document.getElementById('roadmap').classList.toggle('graph-shown', view === 'graph');
    document.getElementById(`view-${view}`).checked = true;
    centreGraphs();
}

function statusControl(problem) {
    const id = `status-${problem.slug}`;
    const select = el('select', { id, name: 'status', 'data-problem': problem.slug },
        STATUSES.map(s => el('option', { value: s, text: s.charAt(0) + s.slice(1).toLowerCase(), selected: s === problem.status })));
    const save = el('button', { type: 'button', class: 'secondary', 'data-save': problem.slug, text: 'Save' });
    save.addEventListener('click', async () => {
        save.disabled = true;
        try {
            await api(`/api/v1/problems/${encodeURIComponent(problem.slug)}/status`, { method: 'PUT', body: { status: select.value } });
            announce('');
            await refreshTopic(`${problem.title}: ${select.value.toLowerCase()}.`);
            // The table was drawn again: keep the keyboard where it was.
            document.querySelector(`[data-save="${CSS.escape(problem.slug)}"]`)?.focus();
        } catch (error) {
            announce(`${problem.title}: ${error.message}`);
            save.disabled = false;
        }
    });
    return el('div', { class: 'inline' }, el('label', { for: id, class: 'visually-hidden', text: `Status of ${problem.title}` }), select, save);
}

// On a phone the difficulty, status and attempts columns give way (the status control shows the
// status) and the problem's cell says the difficulty and attempts instead, so nothing scrolls.
function problemRow(problem) {
    const attempts = problem.attempts === 0 ? '0'
        : `${problem.attempts}, last ${new Date(problem.lastAttemptAt).toLocaleDateString()}`;
    return el('tr', { 'data-problem-row': problem.slug },
        el('td', {}, problem.url ? el('a', { href: problem.url, rel: 'noopener noreferrer', target: '_blank', text: problem.title }) : problem.title,
            problem.inQuestionBank ? el('span', { class: 'muted', text: ' · asked in coding interviews' }) : null,
            el('span', { class: 'phone-only muted', text: `${problem.difficulty.toLowerCase()} · attempts: ${attempts}` })),
        el('td', { class: 'wide-only', text: problem.difficulty }),
        el('td', { class: 'problem-status wide-only', text: problem.status }),
        el('td', { class: 'wide-only', text: attempts }),
        el('td', {}, statusControl(problem)));
}

// A concept with the caller's standing: system design interviews on its prompts record studies of it.
function conceptText(concept) {
    return concept.status === 'TODO' ? concept.name : `${concept.name} (${concept.status.toLowerCase()})`;
}

async function loadTopic(slug, message) {
    const data = await api(`/api/v1/roadmap/topics/${encodeURIComponent(slug)}`);
    currentTopic = slug;
    const title = document.getElementById('topic-title');
    title.textContent = data.topic.name;
    document.getElementById('topic-summary').textContent = message
        || `${data.topic.solved} of ${data.topic.problems} problems solved · ${data.topic.progress}%`
        + (data.concepts.length ? ` · concepts: ${data.concepts.map(conceptText).join(', ')}` : '');
    fill(document.getElementById('problems'),
        el('thead', {}, el('tr', {}, ['Problem', 'Difficulty', 'Status', 'Attempts', 'Change status'].map((h, i) =>
            el('th', { scope: 'col', class: i > 0 && i < 4 ? 'wide-only' : null, text: h })))),
        el('tbody', {}, data.problems.map(problemRow)));
    const form = document.getElementById('attempt-form');
    fill(form.querySelector('#attempt-problem'), data.problems.map(p => el('option', { value: p.slug, text: p.title })));
    form.hidden = data.problems.length === 0;
    return title;
}

async function refreshTopic(message) {
    await Promise.all([loadRoadmap(), loadTopic(currentTopic, message)]);
}

async function openTopic(slug) {
    try {
        const title = await loadTopic(slug);
        drawGraphs();
        title.focus();
        history.replaceState(null, '', `?topic=${encodeURIComponent(slug)}`);
    } catch (error) {
        announce(error.message);
    }
}

document.getElementById('topics').addEventListener('click', event => {
    const link = event.target.closest('a[data-topic]');
    if (link) {
        event.preventDefault();
        openTopic(link.dataset.topic);
    }
});

for (const radio of document.querySelectorAll('input[name="view"]')) {
    radio.addEventListener('change', () => showView(radio.value));
}

document.getElementById('attempt-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    const values = Object.fromEntries(new FormData(form).entries());
    const body = {
        outcome: values.outcome,
        minutes: Number(values.minutes),
        hintsUsed: values.hintsUsed === '' ? null : Number(values.hintsUsed),
        language: values.language || null,
    };
    try {
        const attempt = await api(`/api/v1/problems/${encodeURIComponent(values.problemSlug)}/attempts`, { method: 'POST', body });
        await refreshTopic(`Attempt logged: ${attempt.problemSlug} is now ${attempt.status.toLowerCase()}.`);
    } catch (error) {
        showError(form, error);
    }
});

async function load() {
    if (!await startPage()) {
        return;
    }
    showView(PHONE.matches ? 'list' : 'graph');
    try {
        const topic = new URLSearchParams(location.search).get('topic');
        currentTopic = topic;
        await loadRoadmap();
        if (topic) {
            await loadTopic(topic);
        }
        document.body.dataset.loaded = 'true';
    } catch (error) {
        announce(error.message);
    }
}

load();
