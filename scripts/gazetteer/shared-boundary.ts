import { type MultiPolygonCoords, type Position, pointInPolygon, representativePoint } from './geometry.js';

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function distanceToBoundary(p: Position, mp: MultiPolygonCoords): number {
  let min = Infinity;
  for (const polygon of mp) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) min = Math.min(min, segmentDistance(p, ring[i - 1] as Position, ring[i] as Position));
    }
  }
  return min;
}

/**
 * The middle of the boundary two countries share ({@link sharedBoundaryMiddle}), moved towards the
 * inside of `a` in steps of 0.005° until it lies inside `a`, so the point is coded in `a`.
 * Returns `[lon, lat]`.
 */
export function sharedBoundaryMidpoint(a: MultiPolygonCoords, b: MultiPolygonCoords, tolerance: number): Position {
  const m = sharedBoundaryMiddle(a, b, tolerance);
  const inside = (p: Position): boolean => a.some((poly) => pointInPolygon(p, poly));
  if (inside(m)) return m;
  const target = representativePoint(a);
  const d = Math.hypot(target[0] - m[0], target[1] - m[1]);
  for (let step = 0.005; step < d; step += 0.005) {
    const p: Position = [m[0] + ((target[0] - m[0]) * step) / d, m[1] + ((target[1] - m[1]) * step) / d];
    if (inside(p)) return p;
  }
  return target;
}

/**
 * The middle, by length, of the boundary that two countries share: the longest run of vertices of
 * `a`'s outer rings lying within `tolerance` degrees of `b`'s boundary, and the point halfway along
 * it. Returns `[lon, lat]`.
 */
export function sharedBoundaryMiddle(a: MultiPolygonCoords, b: MultiPolygonCoords, tolerance: number): Position {
  let best: Position[] = [];
  for (const polygon of a) {
    const ring = (polygon[0] ?? []).slice(0, -1);
    const near = ring.map((p) => distanceToBoundary(p, b) <= tolerance);
    // Start the scan at a vertex that is not near, so a run wrapping around the ring stays whole.
    const start = near.indexOf(false);
    if (start < 0) continue;
    let run: Position[] = [];
    for (let k = 1; k <= ring.length; k++) {
      const i = (start + k) % ring.length;
      if (near[i] === true) run.push(ring[i] as Position);
      else {
        if (run.length > best.length) best = run;
        run = [];
      }
    }
    if (run.length > best.length) best = run;
  }
  if (best.length === 0) throw new RangeError('sharedBoundaryMidpoint: the polygons share no boundary');
  let total = 0;
  for (let i = 1; i < best.length; i++) total += Math.hypot((best[i] as Position)[0] - (best[i - 1] as Position)[0], (best[i] as Position)[1] - (best[i - 1] as Position)[1]);
  let walked = 0;
  for (let i = 1; i < best.length; i++) {
    const p = best[i - 1] as Position;
    const q = best[i] as Position;
    const step = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (walked + step >= total / 2) {
      const t = step === 0 ? 0 : (total / 2 - walked) / step;
      return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
    }
    walked += step;
  }
  return best[best.length - 1] as Position;
}
