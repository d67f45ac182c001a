import { describe, expect, it } from 'vitest';
import { bassAdoptions, bassCumulativeShare, bassDensity, fitBass } from './bass.js';
import { growthCurveIncrements } from './growth-curves.js';
import { timesOneTo } from './nonlinear-fit.js';

const params = { m: 10_000, p: 0.02, q: 0.4 };

describe('Bass curves', () => {
  it('starts at zero and saturates at the market potential', () => {
    expect(bassCumulativeShare(0, params.p, params.q)).toBe(0);
    expect(bassCumulativeShare(200, params.p, params.q)).toBeCloseTo(1, 12);
    const total = bassAdoptions(timesOneTo(200), params).reduce((sum, a) => sum + a, 0);
    expect(total).toBeCloseTo(params.m, 6);
  });

  it('has a density that is the derivative of F', () => {
    const h = 1e-5;
    const numeric = (bassCumulativeShare(3 + h, 0.02, 0.4) - bassCumulativeShare(3 - h, 0.02, 0.4)) / (2 * h);
    expect(bassDensity(3, 0.02, 0.4)).toBeCloseTo(numeric, 9);
  });

  it('peaks at t* = ln(q/p) / (p + q)', () => {
    const peak = Math.log(params.q / params.p) / (params.p + params.q);
    const h = 1e-4;
    expect(bassDensity(peak + h, params.p, params.q)).toBeLessThan(bassDensity(peak, params.p, params.q));
    expect(bassDensity(peak - h, params.p, params.q)).toBeLessThan(bassDensity(peak, params.p, params.q));
  });

  it('is a shifted logistic: discrete Bass equals the logistic increments with K = m(p+q)/q, r = p+q, t0 = ln(q/p)/(p+q)', () => {
    const t = timesOneTo(15);
    const logistic = growthCurveIncrements('logistic', t, {
      K: (params.m * (params.p + params.q)) / params.q,
      r: params.p + params.q,
      t0: Math.log(params.q / params.p) / (params.p + params.q),
    });
    bassAdoptions(t, params).forEach((a, i) => expect(a).toBeCloseTo(logistic[i] ?? NaN, 8));
  });

  it('recovers the parameters of noise-free data exactly', () => {
    const adoptions = bassAdoptions(timesOneTo(12), params);
    const fit = fitBass(adoptions);
    if (fit.status !== 'converged') throw new Error(fit.reason);
    expect(fit.params.m).toBeCloseTo(params.m, 4);
    expect(fit.params.p).toBeCloseTo(params.p, 9);
    expect(fit.params.q).toBeCloseTo(params.q, 9);
  });
});
