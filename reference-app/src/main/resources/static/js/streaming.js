// The interviewer's words while the model writes them (interview:token frames). Each kind of turn
// being written (a question, a follow-up, feedback, a hint, the report) gets one bubble in the
// conversation, filled piece by piece; the step's final frame puts the stored words in its place,
// and interview:token-reset removes the bubbles of a step whose pieces were withdrawn.
//
// No flicker: pieces are appended to text nodes (never re-rendered), at most once per animation
// frame. Screen readers: a bubble is aria-busy, so the live region announces the final words once,
// when they replace it, rather than every piece.
import { el } from './dom.js';

/** Labels of the list fields, as the final feedback and report word them. */
const FIELD_LABELS = {
    strengths: 'Strengths: ',
    improvements: 'To improve: ',
    weaknesses: 'Weaknesses: ',
    recommendations: 'Practise next: ',
};

export class StreamingBubbles {
    /**
     * @param list     the conversation's list element
     * @param describe kind → { who, className }: how the final turn of that kind is shown
     */
    constructor(list, describe) {
        this.list = list;
        this.describe = describe;
        this.bubbles = new Map();
        this.frameRequested = false;
    }

    /** Adds a piece ({ step, kind, field, text }) to its kind's bubble, created on the first piece. */
    add({ step, kind, field, text }) {
        let bubble = this.bubbles.get(kind);
        if (!bubble) {
            const { who, className } = this.describe(kind);
            const item = el('li', { class: `${className} streaming`, 'data-entry': 'streaming', 'data-kind': kind,
                'data-step': step, 'aria-busy': 'true' }, el('span', { class: 'who', text: who }));
            this.list.append(item);
            bubble = { item, step, fields: new Map() };
            this.bubbles.set(kind, bubble);
        }
        let part = bubble.fields.get(field);
        if (!part) {
            const node = document.createTextNode('');
            bubble.item.append(el('span', { class: 'streamed', 'data-field': field },
                FIELD_LABELS[field] ? el('strong', { text: FIELD_LABELS[field] }) : null, node));
            part = { node, pending: '' };
            bubble.fields.set(field, part);
        }
        part.pending += text;
        this.schedule();
    }

    /** Removes the bubbles of a step whose pieces were withdrawn. */
    reset(step) {
        for (const [kind, bubble] of this.bubbles) {
            if (bubble.step === step) {
                bubble.item.remove();
                this.bubbles.delete(kind);
            }
        }
    }

    /** Puts the final item where the kind's bubble is, or at the end of the conversation. */
    settle(kind, item) {
        const bubble = this.bubbles.get(kind);
        if (bubble) {
            bubble.item.replaceWith(item);
            this.bubbles.delete(kind);
        } else {
            this.list.append(item);
        }
    }

    /** Removes the kind's bubble, when its final words are shown elsewhere (the report). */
    drop(kind) {
        const bubble = this.bubbles.get(kind);
        if (bubble) {
            bubble.item.remove();
            this.bubbles.delete(kind);
        }
    }

    /** Removes every bubble: the socket closed, so their steps will not be finished here. */
    clear() {
        for (const bubble of this.bubbles.values()) {
            bubble.item.remove();
        }
        this.bubbles.clear();
    }

    schedule() {
        if (!this.frameRequested) {
            this.frameRequested = true;
            requestAnimationFrame(() => this.flush());
        }
    }

    flush() {
        this.frameRequested = false;
        let last = null;
        for (const bubble of this.bubbles.values()) {
            for (const part of bubble.fields.values()) {
                if (part.pending) {
                    part.node.appendData(part.pending);
                    part.pending = '';
                    last = bubble.item;
                }
            }
        }
        last?.scrollIntoView({ block: 'nearest' });
    }
}
