import { useEffect, useRef, type RefObject } from 'react'
import { panView, sameView, zoomView, type Scale, type UnitRange } from './scale.ts'
import { MIN_VIEW_DAYS } from '../../lib/timeRange.ts'

interface Options {
  trackRef: RefObject<HTMLElement | null>
  scale: Scale
  /** The view as drawn now (URL, draft or kept around the open event). */
  view: UnitRange
  /** Shows a view while a gesture lasts, without touching the URL. */
  preview: (view: UnitRange) => void
  /** Writes the view to the URL once a gesture ends; returns the view as written (whole days). */
  commit: (view: UnitRange) => UnitRange
  /** Where a finger's swipe comes to rest: the phone strip snaps to events. */
  snap: (view: UnitRange) => UnitRange
}

/**
 * Where markers are drawn: a lane's track, right of its flag and name. Positions are shares of
 * its width, so pointer positions must be too (the lanes' own box includes the labels).
 */
export function trackRect(lanes: HTMLElement): DOMRect {
  return (lanes.querySelector('[data-axis-track]') ?? lanes).getBoundingClientRect()
}

/** A wheel event's deltas in pixels (some mice report lines, and some settings pages). */
function pixels(e: WheelEvent): { x: number; y: number } {
  const unit =
    e.deltaMode === WheelEvent.DOM_DELTA_LINE
      ? 40
      : e.deltaMode === WheelEvent.DOM_DELTA_PAGE
        ? 800
        : 1
  return { x: e.deltaX * unit, y: e.deltaY * unit }
}

/** Pause after the last wheel event before the view goes into the URL. */
const WHEEL_SETTLE_MS = 250
/** Below this a press is a click, not a drag. */
const DRAG_PX = 5

/**
 * Pointer gestures on the axis: Ctrl/⌘ + wheel (and a trackpad's pinch, which browsers report
 * the same way) zooms around the pointer; a sideways wheel or Shift + wheel pans; dragging (mouse,
 * pen or one finger) pans; two fingers pinch to zoom. Plain vertical wheel and vertical swipes
 * stay with the page. A drag never also opens the marker it started on.
 */
export function useAxisGestures({ trackRef, scale, view, preview, commit, snap }: Options) {
  // Listeners are attached once; they read the latest values through this ref.
  const latest = useRef({ scale, view, preview, commit, snap })
  useEffect(() => {
    latest.current = { scale, view, preview, commit, snap }
  })

  useEffect(() => {
    const node = trackRef.current
    if (!node) return
    const track: HTMLElement = node
    let settle = 0
    let current: UnitRange | null = null
    // The last gesture's view before it was rounded to whole days for the URL, and as written.
    let written: { exact: UnitRange; url: UnitRange } | null = null
    const pointers = new Map<number, number>()
    let drag: { x: number; view: UnitRange; moved: boolean; touch: boolean } | null = null
    let pinch: { distance: number; view: UnitRange; centre: number } | null = null
    let suppressClick = false

    const unitsAt = (clientX: number, v: UnitRange) => {
      const box = trackRect(track)
      const share = box.width > 0 ? (clientX - box.left) / box.width : 0.5
      return v.from + share * (v.to - v.from)
    }
    const show = (v: UnitRange) => {
      current = v
      latest.current.preview(v)
    }
    const finish = () => {
      if (current) written = { exact: current, url: latest.current.commit(current) }
      current = null
    }
    // What a gesture starts from. While the view on screen is still the one the last gesture
    // wrote (or its draft, until the URL catches up), that gesture's unrounded view: a mouse
    // wheel turned a notch at a time writes the URL between notches, and going on from whole
    // days each time drifted the day under the pointer off it, a fraction of a day per notch.
    const gestureBase = (): UnitRange => {
      if (current) return current
      const { view } = latest.current
      if (written && (sameView(view, written.url) || sameView(view, written.exact))) {
        const { exact, url } = written
        // Rounding moves an edge by half a day at most; sliding off a break, further: then the
        // view as drawn is the truth.
        if (Math.abs(exact.from - url.from) <= 0.5) return exact
      }
      return view
    }

    function onWheel(e: WheelEvent) {
      const { scale } = latest.current
      const base = gestureBase()
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault()
        // A notch is about 100 px, and zooms by e. No cap at one notch per event: a busy page
        // gets several notches merged into one event, and each must still count.
        const factor = Math.exp(Math.max(-3, Math.min(3, pixels(e).y * 0.01)))
        show(zoomView(scale, base, factor, unitsAt(e.clientX, base), MIN_VIEW_DAYS))
      } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault()
        const box = trackRect(track)
        const { x, y } = pixels(e)
        const delta = e.shiftKey && x === 0 ? y : x
        show(panView(scale, base, (delta / Math.max(1, box.width)) * (base.to - base.from)))
      } else return
      clearTimeout(settle)
      settle = window.setTimeout(finish, WHEEL_SETTLE_MS)
    }

    function onPointerDown(e: PointerEvent) {
      if (e.pointerType === 'mouse' && e.button !== 0) return
      pointers.set(e.pointerId, e.clientX)
      const base = gestureBase()
      if (pointers.size === 1)
        drag = { x: e.clientX, view: base, moved: false, touch: e.pointerType === 'touch' }
      else if (pointers.size === 2) {
        const [a = 0, b = 0] = [...pointers.values()]
        drag = null
        pinch = { distance: Math.abs(a - b), view: base, centre: unitsAt((a + b) / 2, base) }
      }
    }

    function onPointerMove(e: PointerEvent) {
      if (!pointers.has(e.pointerId)) return
      pointers.set(e.pointerId, e.clientX)
      const { scale } = latest.current
      if (pinch && pointers.size === 2) {
        const [a = 0, b = 0] = [...pointers.values()]
        const factor = pinch.distance / Math.max(20, Math.abs(a - b))
        show(zoomView(scale, pinch.view, factor, pinch.centre, MIN_VIEW_DAYS))
      } else if (drag) {
        const dx = e.clientX - drag.x
        if (!drag.moved && Math.abs(dx) < DRAG_PX) return
        if (!drag.moved) track.setPointerCapture(e.pointerId)
        drag.moved = true
        const width = Math.max(1, trackRect(track).width)
        show(panView(scale, drag.view, (-dx / width) * (drag.view.to - drag.view.from)))
      }
    }

    function onPointerUp(e: PointerEvent) {
      if (!pointers.delete(e.pointerId)) return
      if (drag?.moved || pinch) suppressClick = true
      if (pointers.size === 0) {
        // A finger's swipe settles on an event; a mouse drag stays where it was let go.
        if (drag?.moved && drag.touch && current) show(latest.current.snap(current))
        drag = null
        pinch = null
        finish()
      }
    }

    function onClick(e: MouseEvent) {
      if (!suppressClick) return
      suppressClick = false
      e.preventDefault()
      e.stopPropagation()
    }

    // The axis's cards (hint popovers) sit outside the track in the document, so a wheel over
    // an open card would never reach the track: zooming stopped dead wherever a card had opened
    // under the pointer (a marker's card opens as the pointer rests on it). The axis's region
    // takes the wheel for the track and its cards; its other controls keep the page's wheel.
    const area = track.closest('section') ?? track
    function onAreaWheel(e: WheelEvent) {
      const target = e.target as Element
      if (track.contains(target) || target.closest('[popover]')) onWheel(e)
    }

    // One signal removes every listener when the axis goes.
    const listening = new AbortController()
    const signal = listening.signal
    area.addEventListener('wheel', onAreaWheel, { passive: false, signal })
    track.addEventListener('pointerdown', onPointerDown, { signal })
    track.addEventListener('pointermove', onPointerMove, { signal })
    track.addEventListener('pointerup', onPointerUp, { signal })
    track.addEventListener('pointercancel', onPointerUp, { signal })
    track.addEventListener('click', onClick, { capture: true, signal })
    return () => {
      clearTimeout(settle)
      listening.abort()
    }
  }, [trackRef])
}
