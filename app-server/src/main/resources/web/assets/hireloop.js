// Plain script, no build step. The page works without it: the zone selector and its button do the same job.
(function () {
  'use strict';
  // The server marks the zone form only when the candidate has not chosen a zone yet: then we reload the page
  // once with the browser's own zone, so the times show on the candidate's clock from the first view.
  var form = document.querySelector('form[data-detect-zone]');
  if (form && window.Intl && Intl.DateTimeFormat) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var params = new URLSearchParams(window.location.search);
    if (zone && !params.has('zone')) {
      params.set('zone', zone);
      window.location.replace(window.location.pathname + '?' + params.toString());
      return;
    }
  }
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
