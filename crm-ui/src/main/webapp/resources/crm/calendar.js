/*
 * The calendar page's additions to PrimeFaces' schedule (FullCalendar) and its feed panel.
 *
 * CrmCalendar.extend is the schedule's extender: PrimeFaces calls it with the widget as "this" before the calendar
 * is drawn, so it may still change FullCalendar's options. On a phone-size screen the week's seven columns do not fit,
 * so the calendar opens as a list of the week, as tall as its entries (no inner scrolling), with a day view to
 * switch to; wider screens keep the week grid the page asks for.
 */
var CrmCalendar = (function () {

    // the same width as crm.css's phone layout
    var PHONE = '(max-width: 640px)';

    function extend() {
        var options = this.cfg.options;
        options.buttonText = $.extend({}, options.buttonText,
                {today: 'Today', month: 'Month', week: 'Week', day: 'Day', list: 'List'});
        if (window.matchMedia(PHONE).matches) {
            options.initialView = 'listWeek';
            options.headerToolbar = {start: 'prev,next today', center: 'title', end: 'listWeek,timeGridDay'};
            options.height = 'auto';
        }
    }

    /** Copies the feed's address, and says so on the button for a moment. */
    function copy(inputId, button) {
        var input = document.getElementById(inputId);
        if (!input) {
            return;
        }
        var label = button.querySelector('.ui-button-text');
        var said = label ? label.textContent : null;
        function saying(text) {
            if (label) {
                label.textContent = text;
                setTimeout(function () { label.textContent = said; }, 2000);
            }
        }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(input.value).then(function () { saying('Copied'); },
                    function () { select(input); });
        } else {
            // no clipboard outside https: select it, for the user to copy
            select(input);
        }
    }

    function select(input) {
        input.focus();
        input.select();
    }

    return {extend: extend, copy: copy};
})();
