import { useLocation } from '@tanstack/react-router'
import { useEffect } from 'react'

/**
 * A participant link points at a person or body inside a panel (#person-kasai). Bring it
 * into view and give it focus, so keyboard and screen-reader users land where they clicked.
 */
export function HashTarget() {
  const hash = useLocation({ select: (l) => l.hash })
  useEffect(() => {
    if (!hash) return
    const target = document.getElementById(hash)
    if (!target) return
    target.setAttribute('tabindex', '-1')
    target.focus({ preventScroll: true })
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
    target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' })
  }, [hash])
  return null
}
