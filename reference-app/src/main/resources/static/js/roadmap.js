// The roadmap: topics in prerequisite order with their progress; a topic's problems (those of the
// question bank marked: interviews ask them) with a status control each, and a form to log an attempt (GET /roadmap, GET /roadmap/topics/{slug},
// PUT /problems/{slug}/status, POST /problems/{slug}/attempts).
import { api } from './api.js';
import { announce, startPage } from './chrome.js';
import { clearErrors, el, fill, showError } from './dom.js';

const STATUSES = ['TODO', 'ATTEMPTED', 'SOLVED', 'MASTERED'];
let names = new Map();
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
    fill(document.getElementById('topics'), roadmap.topics.map(topicItem));
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
        } catch (error) {
            announce(`${problem.title}: ${error.message}`);
            save.disabled = false;
        }
    });
    return el('div', { class: 'inline' }, el('label', { for: id, class: 'visually-hidden', text: `Status of ${problem.title}` }), select, save);
}

function problemRow(problem) {
    return el('tr', { 'data-problem-row': problem.slug },
        el('td', {}, problem.url ? el('a', { href: problem.url, rel: 'noopener noreferrer', target: '_blank', text: problem.title }) : problem.title,
            problem.inQuestionBank ? el('span', { class: 'muted', text: ' · asked in coding interviews' }) : null),
        el('td', { text: problem.difficulty }),
        el('td', { class: 'problem-status', text: problem.status }),
        el('td', { text: problem.attempts === 0 ? '0'
            : `${problem.attempts}, last ${new Date(problem.lastAttemptAt).toLocaleDateString()}` }),
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
        el('thead', {}, el('tr', {}, ['Problem', 'Difficulty', 'Status', 'Attempts', 'Change status'].map(h => el('th', { scope: 'col', text: h })))),
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
        (await loadTopic(slug)).focus();
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
    try {
        await loadRoadmap();
        const topic = new URLSearchParams(location.search).get('topic');
        if (topic) {
            await loadTopic(topic);
        }
        document.body.dataset.loaded = 'true';
    } catch (error) {
        announce(error.message);
    }
}

load();
