/*
 * The disposition screen's keys. A key presses the enabled button whose data-crm-key names it (the page lists each
 * button's keys), so a key does exactly what the button does and nothing the page does not offer. Keys typed into a
 * field are the field's own; in the note box Ctrl+Enter saves the note and Esc leaves the box.
 */
var CrmDisposition = (function () {

    function isField(element) {
        return element && (/^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) || element.isContentEditable);
    }

    function button(key) {
        var candidates = document.querySelectorAll('[data-crm-key]');
        for (var i = 0; i < candidates.length; i++) {
            var keys = candidates[i].getAttribute('data-crm-key').split(' ');
            if (keys.indexOf(key) >= 0 && !candidates[i].disabled) {
                return candidates[i];
            }
        }
        return null;
    }

    function inNoteBox(event) {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            var save = document.getElementById('dispo:saveNote');
            if (save && !save.disabled) {
                save.click();
            }
        } else if (event.key === 'Escape') {
            event.target.blur();
        }
    }

    document.addEventListener('keydown', function (event) {
        if (event.defaultPrevented || event.isComposing) {
            return;
        }
        if (isField(event.target)) {
            if (event.target.hasAttribute('data-crm-note')) {
                inNoteBox(event);
            }
            return;
        }
        if (event.ctrlKey || event.metaKey || event.altKey) {
            return; // the browser's own shortcuts (Ctrl+C, Alt+←) stay the browser's
        }
        var key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
        var target = button(key);
        if (target) {
            event.preventDefault(); // no page scroll on ↓/↑, no "n" typed into the box it focuses
            target.click();
        }
    });

    return {
        focusNote: function () {
            var box = document.getElementById('dispo:noteText');
            if (box && !box.disabled) {
                box.focus();
            }
        },
        toggleLegend: function () {
            var legend = document.getElementById('legend');
            legend.hidden = !legend.hidden;
            var toggle = document.getElementById('dispo:legendToggle');
            if (toggle) {
                toggle.setAttribute('aria-expanded', String(!legend.hidden));
            }
        },
        /**
         * After the filters or a saved note: the focus leaves the field (PrimeFaces gives it back to a field that an
         * update redrew), so that the next key moves on instead of being typed.
         */
        leaveFields: function () {
            if (isField(document.activeElement)) {
                document.activeElement.blur();
            }
        }
    };
})();
