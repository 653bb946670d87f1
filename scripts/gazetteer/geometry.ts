/**
 * Geometry helpers for the gazetteer build: Douglas–Peucker simplification of GeoJSON rings,
 * coordinate rounding, and a representative point that lies inside a polygon. Pure functions,
 * deterministic, no dependencies.
 */

/** A GeoJSON position `[lon, lat]`. */
export type Position = [number, number];
/** A polygon: an outer ring then holes. */
export type PolygonCoords = Position[][];
/** A multipolygon: a list of polygons. */
export type MultiPolygonCoords = PolygonCoords[];

/** Rounds a number to `digits` decimals (4 decimals ≈ 11 m). */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function perpendicularDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx === 0 && dy === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy);
  const tt = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + tt * dx), p[1] - (a[1] + tt * dy));
}

function douglasPeucker(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let maxDist = 0;
    let index = -1;
    const a = points[first] as Position;
    const b = points[last] as Position;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i] as Position, a, b);
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (index >= 0 && maxDist > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed ring (first point = last point) with Douglas–Peucker at `tolerance` degrees
 * and rounds coordinates to `digits` decimals. A ring that would collapse below four points is kept
 * at its rounded original shape, so no polygon disappears.
 */
export function simplifyRing(ring: readonly Position[], tolerance: number, digits: number): Position[] {
  const rounded = ring.map(([x, y]) => [round(x, digits), round(y, digits)] as Position);
  const deduped = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]?.[0] || p[1] !== rounded[i - 1]?.[1]);
  // Split the closed ring in two halves so the first and last point are not the same anchor.
  const mid = Math.floor(deduped.length / 2);
  const left = douglasPeucker(deduped.slice(0, mid + 1), tolerance);
  const right = douglasPeucker(deduped.slice(mid), tolerance);
  const out = [...left, ...right.slice(1)];
  return out.length >= 4 ? out : deduped;
}

/** Simplifies every ring of a multipolygon; drops polygons whose outer ring becomes degenerate. */
export function simplifyMultiPolygon(mp: MultiPolygonCoords, tolerance: number, digits: number): MultiPolygonCoords {
  const out: MultiPolygonCoords = [];
  for (const polygon of mp) {
    const rings = polygon.map((ring) => simplifyRing(ring, tolerance, digits)).filter((r) => r.length >= 4);
    if (rings.length > 0 && Math.abs(ringArea(rings[0] as Position[])) > 0) out.push(rings);
  }
  return out;
}

/** Signed area of a ring in square degrees (shoelace). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/** True when the point `[lon, lat]` lies inside the polygon (even–odd rule over all rings). */
export function pointInPolygon(p: Position, polygon: PolygonCoords): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}

function ringCentroid(ring: readonly Position[]): Position {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[j] as Position;
    const q = ring[i] as Position;
    const f = p[0] * q[1] - q[0] * p[1];
    a += f;
    cx += (p[0] + q[0]) * f;
    cy += (p[1] + q[1]) * f;
  }
  if (a === 0) return ring[0] ?? [0, 0];
  return [cx / (3 * a), cy / (3 * a)];
}

function distanceToRings(p: Position, polygon: PolygonCoords): number {
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      min = Math.min(min, perpendicularDistance(p, ring[j] as Position, ring[i] as Position));
    }
  }
  return min;
}

/**
 * A point that represents a (multi)polygon and lies inside it: the area centroid of its largest
 * polygon when that centroid is inside, otherwise the point of a 40 × 40 grid over the polygon's
 * bounding box that is inside and farthest from the edge. Returns `[lon, lat]`.
 */
export function representativePoint(mp: MultiPolygonCoords): Position {
  let largest: PolygonCoords | undefined;
  let largestArea = -1;
  for (const polygon of mp) {
    const area = Math.abs(ringArea(polygon[0] ?? []));
    if (area > largestArea) {
      largestArea = area;
      largest = polygon;
    }
  }
  if (largest === undefined) throw new RangeError('representativePoint: empty multipolygon');
  const c = ringCentroid(largest[0] ?? []);
  if (pointInPolygon(c, largest)) return c;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of largest[0] ?? []) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  let best: Position = largest[0]?.[0] ?? [0, 0];
  let bestD = -1;
  const n = 40;
  for (let i = 1; i < n; i++) {
    for (let j = 1; j < n; j++) {
      const p: Position = [minX + ((maxX - minX) * i) / n, minY + ((maxY - minY) * j) / n];
      if (!pointInPolygon(p, largest)) continue;
      const d = distanceToRings(p, largest);
      if (d > bestD) {
        bestD = d;
        best = p;
      }
    }
  }
  return best;
}

/** Wraps Polygon or MultiPolygon coordinates as multipolygon coordinates. */
export function asMultiPolygon(geometry: { type: string; coordinates: unknown }): MultiPolygonCoords {
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonCoords];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as MultiPolygonCoords;
  throw new RangeError(`asMultiPolygon: unsupported geometry type ${geometry.type}`);
}
