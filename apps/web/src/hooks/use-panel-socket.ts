import {
  type PanelClientMessage,
  type PanelDetail,
  type PanelEvaluation,
  type PanelNote,
  type PanelReport,
  type PanelServerMessage,
  type PanelUtterance,
  panelServerMessageSchema,
} from "@studio/protocol";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { panelSocketUrl } from "../api/panels-api";

export interface PanelRoomState {
  panel: PanelDetail | null;
  transcript: PanelUtterance[];
  notes: PanelNote[];
  evaluation: PanelEvaluation | null;
  evaluations: number;
  connected: Set<string>;
  tapped: string | null;
  ended: { result: PanelReport | null } | null;
  lastError: string | null;
  stt: "browser" | "server";
}

const initial: PanelRoomState = {
  panel: null,
  transcript: [],
  notes: [],
  evaluation: null,
  evaluations: 0,
  connected: new Set(),
  tapped: null,
  ended: null,
  lastError: null,
  stt: "browser",
};

function withUtterance(list: PanelUtterance[], u: PanelUtterance): PanelUtterance[] {
  const index = list.findIndex((x) => x.id === u.id);
  if (index < 0) return [...list, u];
  return list.map((x) => (x.id === u.id ? u : x));
}

/** Folds the server's messages into what the panel screens show. */
export function panelReducer(state: PanelRoomState, m: PanelServerMessage): PanelRoomState {
  switch (m.type) {
    case "panel_state":
      return {
        ...state,
        panel: m.panel,
        transcript: m.transcript,
        notes: m.notes,
        evaluation: m.evaluation,
        stt: m.stt,
        connected: new Set(m.panel.participants.filter((p) => p.connected).map((p) => p.id)),
      };
    case "utterance": {
      const { type: _t, ...u } = m;
      return { ...state, transcript: withUtterance(state.transcript, u) };
    }
    case "note_saved": {
      const { type: _t, ...n } = m;
      return { ...state, notes: [...state.notes, n] };
    }
    case "evaluation_summary": {
      const { type: _t, ...e } = m;
      return { ...state, evaluation: e, evaluations: state.evaluations + 1 };
    }
    case "speaker_changed":
      return m.utteranceId ? state : { ...state, tapped: m.speakerId };
    case "participant_joined":
    case "participant_left": {
      const connected = new Set(state.connected);
      if (m.participant.connected) connected.add(m.participant.id);
      else connected.delete(m.participant.id);
      return { ...state, connected };
    }
    case "session_ended":
      return { ...state, ended: { result: m.result } };
    case "error":
      return { ...state, lastError: `${m.code}: ${m.message}` };
    default:
      return state;
  }
}

/** The live panel connection; reconnects after a drop (the server re-sends the room on every join). */
export function usePanelSocket(panelId: string, invite: string | null) {
  const [state, dispatch] = useReducer(panelReducer, initial);
  const [online, setOnline] = useState(false);
  /** The server refused the connection (a bad or expired link, not yours) rather than dropping it. */
  const [refused, setRefused] = useState(false);
  const socketRef = useRef<WebSocket | null>(null);
  const endedRef = useRef(false);
  endedRef.current = state.ended !== null;

  useEffect(() => {
    let disposed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let everOpened = false;
    const open = () => {
      const socket = new WebSocket(panelSocketUrl(panelId, invite));
      socketRef.current = socket;
      socket.onopen = () => {
        everOpened = true;
        attempt = 0;
        setOnline(true);
      };
      socket.onmessage = (event) => {
        const parsed = panelServerMessageSchema.safeParse(JSON.parse(String(event.data)));
        if (parsed.success) dispatch(parsed.data);
      };
      socket.onclose = () => {
        setOnline(false);
        if (disposed || endedRef.current) return;
        attempt += 1;
        if (!everOpened && attempt >= 2) return setRefused(true);
        retry = setTimeout(open, Math.min(8000, 500 * 2 ** attempt));
      };
    };
    open();
    const ping = setInterval(
      () => socketRef.current?.readyState === 1 && socketRef.current.send('{"type":"ping"}'),
      15_000,
    );
    return () => {
      disposed = true;
      clearTimeout(retry);
      clearInterval(ping);
      socketRef.current?.close();
    };
  }, [panelId, invite]);

  const send = useCallback((message: PanelClientMessage) => {
    const socket = socketRef.current;
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }, []);

  return { state, online, refused, send };
}
