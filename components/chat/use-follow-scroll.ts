'use client';
// Keeps a scrolling log pinned to its newest content while the reader is at the bottom, and lets them scroll up
// without being pulled back. Content and container size changes (streamed tokens, images that finish loading,
// composer tiles appearing or disappearing) re-pin through ResizeObservers rather than relying on React effects,
// and only a scroll *up* by the reader un-pins: a size change alone never does.
import { useCallback, useEffect, useRef, useState } from 'react';

const NEAR_BOTTOM_PX = 48;

export function useFollowScroll() {
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const lastTop = useRef(0);
  const [atLatest, setAtLatest] = useState(true);

  const distance = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight;

  const toBottom = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    lastTop.current = el.scrollTop;
  }, []);

  const jumpToLatest = useCallback(() => {
    pinned.current = true;
    setAtLatest(true);
    toBottom();
  }, [toBottom]);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const near = distance(el) < NEAR_BOTTOM_PX;
    if (near) pinned.current = true;
    else if (el.scrollTop < lastTop.current - 1) pinned.current = false;
    lastTop.current = el.scrollTop;
    setAtLatest(pinned.current || near);
  }, []);

  useEffect(() => {
    const el = scrollRef.current;
    const content = contentRef.current;
    if (!el || !content || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => {
      if (pinned.current) toBottom();
      else setAtLatest(distance(el) < NEAR_BOTTOM_PX);
    });
    ro.observe(el);
    ro.observe(content);
    return () => ro.disconnect();
  }, [toBottom]);

  /** Call after render when something new arrived; `force` (the reader sent a message) re-pins. */
  const follow = useCallback(
    (force = false) => {
      if (force) pinned.current = true;
      if (pinned.current) toBottom();
      else {
        const el = scrollRef.current;
        if (el) setAtLatest(distance(el) < NEAR_BOTTOM_PX);
      }
    },
    [toBottom],
  );

  return { scrollRef, contentRef, onScroll, follow, atLatest, jumpToLatest };
}
