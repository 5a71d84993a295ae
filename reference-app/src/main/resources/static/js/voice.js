// Voice mode with the Web Speech API, where the browser has it: speechSynthesis reads the
// interviewer's questions; SpeechRecognition (webkit-prefixed in Chromium) transcribes answers.
// Both are feature-detected: without them the page says so and typing still works.

const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;

/** What this browser supports. */
export const voiceSupport = {
    speak: 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function',
    listen: typeof Recognition === 'function',
};

/** Reads text aloud, cancelling what was being read. */
export function speak(text) {
    if (!voiceSupport.speak) {
        return;
    }
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    window.speechSynthesis.speak(utterance);
}

/** Stops reading aloud. */
export function stopSpeaking() {
    if (voiceSupport.speak) {
        window.speechSynthesis.cancel();
    }
}

/**
 * Dictation into a text area: final phrases are appended as they are recognised; the phrase still
 * being recognised goes to `onInterim(text)` ('' once it is final), so the box holds only what the
 * recogniser settled on. Answers the controls {start, stop, listening, takeSpokenSeconds};
 * `onChange(listening, message)` reports the state.
 *
 * The time spent speaking is measured from each `speechstart` to its `speechend` (or to the end of
 * listening), so a dictated answer's words per minute is the speaking pace, not the time the
 * question was open (which includes reading it and thinking).
 */
export function dictation(textarea, onChange, onInterim = () => {}) {
    if (!voiceSupport.listen) {
        return null;
    }
    const recognition = new Recognition();
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.lang = document.documentElement.lang || 'en';
    let listening = false;
    let speakingSince = 0;
    let spokenMs = 0;
    const stopSpeechClock = () => {
        if (speakingSince) {
            spokenMs += performance.now() - speakingSince;
            speakingSince = 0;
        }
    };
    recognition.addEventListener('speechstart', () => {
        speakingSince = speakingSince || performance.now();
    });
    recognition.addEventListener('speechend', stopSpeechClock);
    recognition.addEventListener('result', event => {
        let interim = '';
        for (let i = event.resultIndex; i < event.results.length; i += 1) {
            const phrase = event.results[i][0].transcript.trim();
            if (event.results[i].isFinal) {
                textarea.value = textarea.value ? `${textarea.value.trimEnd()} ${phrase}` : phrase;
            } else {
                interim = interim ? `${interim} ${phrase}` : phrase;
            }
        }
        onInterim(interim);
    });
    recognition.addEventListener('end', () => {
        listening = false;
        stopSpeechClock();
        onInterim('');
        onChange(false, 'Dictation stopped.');
    });
    recognition.addEventListener('error', event => {
        listening = false;
        stopSpeechClock();
        onChange(false, `Dictation failed: ${event.error}.`);
    });
    return {
        start() {
            recognition.start();
            listening = true;
            onChange(true, 'Listening…');
        },
        stop() {
            recognition.stop();
        },
        get listening() {
            return listening;
        },
        /** Whole seconds spent speaking since the last call (0 when nothing was dictated); resets. */
        takeSpokenSeconds() {
            if (speakingSince) {
                const now = performance.now();
                spokenMs += now - speakingSince;
                speakingSince = now;
            }
            const seconds = Math.round(spokenMs / 1000);
            spokenMs = 0;
            return seconds;
        },
    };
}
