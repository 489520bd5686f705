// Draws the process diagram of an instance with bpmn-js (served by the app from /vendor/bpmn-js)
// and marks the step(s) the instance is waiting in. Both requests are same-origin GETs, which
// carry the session cookie and need no CSRF token.
(function () {
  'use strict';

  async function fetchOk(url, accept) {
    const response = await fetch(url, { headers: { Accept: accept }, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(url + ' answered ' + response.status);
    }
    return response;
  }

  async function show(container) {
    const viewer = new BpmnJS({ container: container });
    try {
      const [xml, active] = await Promise.all([
        fetchOk(container.dataset.xmlUrl, 'application/xml').then(function (r) { return r.text(); }),
        fetchOk(container.dataset.activeUrl, 'application/json').then(function (r) { return r.json(); })
      ]);
      await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      const registry = viewer.get('elementRegistry');
      active.filter(function (id) { return registry.get(id); })
        .forEach(function (id) { canvas.addMarker(id, 'current-step'); });
    } catch (e) {
      viewer.destroy();
      // textContent, never innerHTML: the text is ours, but no markup is ever built from strings
      container.textContent = container.dataset.error;
      container.classList.add('p-3', 'text-danger');
      console.error(e);
    }
  }

  document.querySelectorAll('.bpmn-diagram[data-xml-url]').forEach(show);
})();
