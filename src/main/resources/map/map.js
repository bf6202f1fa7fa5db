// paperkg related-work map: zoom, pan, hover and focus over the inline SVG (inlined into each HTML map).
// Reads the map data from the JSON script element; writes text only through textContent.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('map-data').textContent);
  var stage = document.getElementById('stage');
  var svg = stage.querySelector('svg');
  var viewport = svg.getElementById('viewport');
  var tip = document.getElementById('tip');
  var nodesById = {};
  data.nodes.forEach(function (n) { nodesById[n.id] = n; });
  var neighbours = {};
  data.links.forEach(function (l) {
    (neighbours[l.source] = neighbours[l.source] || []).push(l.target);
    (neighbours[l.target] = neighbours[l.target] || []).push(l.source);
  });
  var clusterNames = data.clusters.map(function (c) { return c.name; });

  var scale = 1, tx = 0, ty = 0;
  function apply() { viewport.setAttribute('transform', 'translate(' + tx + ',' + ty + ') scale(' + scale + ')'); }
  function svgPoint(evt) {
    var p = svg.createSVGPoint(); p.x = evt.clientX; p.y = evt.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  stage.addEventListener('wheel', function (evt) {
    evt.preventDefault();
    var p = svgPoint(evt);
    var factor = evt.deltaY < 0 ? 1.15 : 1 / 1.15;
    var next = Math.min(20, Math.max(0.2, scale * factor));
    tx = p.x - (p.x - tx) * next / scale; ty = p.y - (p.y - ty) * next / scale; scale = next; apply();
  }, { passive: false });
  var drag = null;
  stage.addEventListener('mousedown', function (evt) { drag = { p: svgPoint(evt), tx: tx, ty: ty, moved: false }; stage.classList.add('dragging'); });
  window.addEventListener('mousemove', function (evt) {
    if (!drag) { return; }
    var p = svgPoint(evt);
    tx = drag.tx + (p.x - drag.p.x); ty = drag.ty + (p.y - drag.p.y);
    drag.moved = drag.moved || Math.abs(p.x - drag.p.x) + Math.abs(p.y - drag.p.y) > 3; apply();
  });
  window.addEventListener('mouseup', function () { stage.classList.remove('dragging'); setTimeout(function () { drag = null; }, 0); });

  function line(cls, text) { var d = document.createElement('div'); d.className = cls; d.textContent = text; return d; }
  function show(evt, lines) {
    tip.replaceChildren.apply(tip, lines);
    tip.style.display = 'block';
    tip.style.left = Math.min(evt.clientX + 14, window.innerWidth - 440) + 'px';
    tip.style.top = (evt.clientY + 14) + 'px';
  }
  function hide() { tip.style.display = 'none'; }

  svg.querySelectorAll('.node').forEach(function (g) {
    var n = nodesById[g.getAttribute('data-id')];
    g.addEventListener('mousemove', function (evt) {
      var lines = [line('t', n.title)];
      if (n.year) { lines.push(line('r', 'year: ' + n.year)); }
      if (n.kind !== 'paper') { lines.push(line('r', n.kind)); }
      if (n.cluster >= 0) { lines.push(line('r', 'cluster: ' + clusterNames[n.cluster])); }
      lines.push(line('r', n.degree + ' links'));
      show(evt, lines);
    });
    g.addEventListener('mouseleave', hide);
    g.addEventListener('click', function (evt) { evt.stopPropagation(); if (!drag || !drag.moved) { focus(n.id); } });
  });
  svg.querySelectorAll('.link.related').forEach(function (el) {
    el.addEventListener('mousemove', function (evt) {
      var a = nodesById[el.getAttribute('data-source')], b = nodesById[el.getAttribute('data-target')];
      var link = data.links.find(function (l) { return l.source === a.id && l.target === b.id; });
      var lines = [line('t', a.label + ' \u2194 ' + b.label)];
      if (link) {
        lines.push(line('r', 'score ' + link.weight.toFixed(2)));
        link.reasons.forEach(function (r) { lines.push(line('r', r)); });
      }
      show(evt, lines);
    });
    el.addEventListener('mouseleave', hide);
  });

  var focused = null;
  function focus(id) {
    focused = focused === id ? null : id;
    var keep = {};
    if (focused) { keep[focused] = true; (neighbours[focused] || []).forEach(function (x) { keep[x] = true; }); }
    svg.querySelectorAll('.node').forEach(function (g) {
      var id2 = g.getAttribute('data-id');
      g.classList.toggle('dim', !!focused && !keep[id2]);
      g.classList.toggle('hit', focused === id2);
    });
    svg.querySelectorAll('.link').forEach(function (el) {
      var on = !focused || el.getAttribute('data-source') === focused || el.getAttribute('data-target') === focused;
      el.classList.toggle('dim', !on);
    });
  }
  stage.addEventListener('click', function () { if (!drag || !drag.moved) { focus(null); focused = null; } });
  document.getElementById('reset').addEventListener('click', function (evt) {
    evt.stopPropagation(); scale = 1; tx = 0; ty = 0; apply(); focused = null; focus(null); focused = null;
  });
  document.body.setAttribute('data-ready', String(data.nodes.length));
})();
