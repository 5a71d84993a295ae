// Keyboard behaviour of the code editor: Tab indents with four spaces (Shift+Tab removes them),
// and Esc hands focus to the next control, so keyboard users are never trapped in the editor.

const INDENT = '    ';

/** Makes a textarea behave as a small code editor; `next` is focused on Esc. */
export function codeEditor(textarea, next) {
    textarea.addEventListener('keydown', event => {
        if (event.key === 'Escape') {
            event.preventDefault();
            next.focus();
            return;
        }
        if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) {
            return;
        }
        event.preventDefault();
        const { selectionStart: start, selectionEnd: end, value } = textarea;
        const lineStart = value.lastIndexOf('\n', start - 1) + 1;
        if (event.shiftKey) {
            const removable = value.slice(lineStart, lineStart + INDENT.length).match(/^ */)[0].length;
            textarea.setRangeText('', lineStart, lineStart + removable, 'preserve');
            textarea.selectionStart = textarea.selectionEnd = Math.max(lineStart, start - removable);
        } else {
            textarea.setRangeText(INDENT, start, end, 'end');
        }
        textarea.dispatchEvent(new Event('input'));
    });
}
