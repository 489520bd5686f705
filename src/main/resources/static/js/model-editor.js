// The editor of /admin/processes/edit: the file's text lives in the form's textarea (what the server
// receives, and what comes back when a deployment is refused); the editor shows it and writes it back
// before the form is posted. The Camunda 7 modeler shows bpmnlint's `recommended` problems as Camunda
// Modeler does. If the text cannot be opened, the textarea stays to edit it by hand.
(function () {
  'use strict';

  const container = document.getElementById('model-editor');
  const source = document.getElementById('model-source');
  const form = document.getElementById('editor-form');
  if (!container || !source || !form) {
    return;
  }

  function bpmnEditor() {
    const modeler = new BpmnModeler({
      container: container,
      propertiesPanel: { parent: '#model-properties' },
      additionalModules: [ProcessLint.module],
      linting: { bpmnlint: ProcessLint.bpmnlint, active: true }
    });
    return {
      open: function (text) {
        return modeler.importXML(text).then(function () { modeler.get('canvas').zoom('fit-viewport'); });
      },
      save: function () { return modeler.saveXML({ format: true }).then(function (result) { return result.xml; }); }
    };
  }

  function dmnEditor() {
    const modeler = new DmnJS({ container: container, common: { keyboard: { bindTo: window } } });
    return {
      open: function (text) { return modeler.importXML(text); },
      save: function () { return modeler.saveXML({ format: true }).then(function (result) { return result.xml; }); }
    };
  }

  function formEditor() {
    const editor = new FormEditor.FormEditor({ container: container });
    return {
      open: function (text) { return editor.importSchema(JSON.parse(text)); },
      save: function () { return Promise.resolve(JSON.stringify(editor.saveSchema(), null, 2)); }
    };
  }

  const editors = { bpmn: bpmnEditor, dmn: dmnEditor, form: formEditor };
  let editor = null;

  function unreadable(error) {
    editor = null;
    const message = document.getElementById('editor-error');
    // textContent, never innerHTML: no markup is built from strings
    message.textContent = message.dataset.message + ' ' + (error && error.message ? error.message : '');
    message.classList.remove('d-none');
    container.classList.add('d-none');
    document.getElementById('source-details').open = true;
    console.error(error);
  }

  try {
    editor = editors[container.dataset.kind]();
    editor.open(source.value).then(function () { container.dataset.ready = 'true'; }, unreadable);
  } catch (error) {
    unreadable(error);
  }

  // the text edited by hand is shown in the editor as soon as it is left
  source.addEventListener('change', function () {
    if (editor) {
      editor.open(source.value).catch(unreadable);
    }
  });

  // the editor's content replaces the text before the form goes; the button pressed goes with it
  let written = false;
  form.addEventListener('submit', function (event) {
    if (written || !editor) {
      return;
    }
    event.preventDefault();
    const submitter = event.submitter;
    editor.save().then(function (text) {
      source.value = text;
      written = true;
      // not within this submit event's dispatch (the save may resolve before it ends): a form ignores a
      // request to submit while it is still firing its submit event
      setTimeout(function () { form.requestSubmit(submitter); }, 0);
    }, unreadable);
  });
})();
