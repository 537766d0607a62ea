'use strict';

// Scripted faults on the WeChat routes, set through /sandbox/… control endpoints: a queue of
// errors (fail-next), slow answers (delay) and a random share of errors (fault-rate). The server
// consults them for every WeChat call, in that order.

const { wxError } = require('./errors');

/** mulberry32: a tiny seeded generator, so a run with the same seed fails the same calls. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A failure queued with /sandbox/fail-next for this path, consumed on use. */
function takeInjectedFailure(state, path) {
  const queue = state.failNext.get(path);
  if (!queue || queue.length === 0) return null;
  const failure = queue.shift();
  if (queue.length === 0) state.failNext.delete(path);
  return failure;
}

/** The error of /sandbox/fault-rate for this call, when the dice say so. */
function takeRandomFailure(state, path) {
  const fault = state.faultRates.get(path);
  if (!fault || fault.random() >= fault.rate) return null;
  fault.injected += 1;
  return { errcode: fault.errcode, errmsg: fault.errmsg };
}

/** Milliseconds to hold this answer back (/sandbox/delay), counting the delay down. */
function takeDelay(state, path) {
  const delay = state.delays.get(path);
  if (!delay) return 0;
  delay.remaining -= 1;
  if (delay.remaining <= 0) state.delays.delete(path);
  return delay.ms;
}

function setFaultRate(state, { path, errcode, errmsg, rate, seed }) {
  const fault = {
    errcode,
    errmsg: errmsg || wxError(errcode).errmsg,
    rate,
    seed,
    random: seededRandom(seed),
    injected: 0,
  };
  state.faultRates.set(path, fault);
  return fault;
}

/** What is armed now, for GET /sandbox/faults and the status page. */
function listFaults(state) {
  return {
    failNext: [...state.failNext].map(([path, queue]) => ({
      path,
      pending: queue.map((f) => f.errcode),
    })),
    delays: [...state.delays].map(([path, d]) => ({ path, ms: d.ms, remaining: d.remaining })),
    faultRates: [...state.faultRates].map(([path, f]) => ({
      path,
      errcode: f.errcode,
      rate: f.rate,
      seed: f.seed,
      injected: f.injected,
    })),
  };
}

/** Resolves after `ms`; unref'd so a pending delay never keeps a closing process alive. */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

module.exports = {
  seededRandom,
  takeInjectedFailure,
  takeRandomFailure,
  takeDelay,
  setFaultRate,
  listFaults,
  sleep,
};
