import { useState } from "react";
import type { MicMode } from "../room/candidate-speech";

const MIC_MODE_KEY = "studio.micMode";
const CAMERA_KEY = "studio.camera";

/** The microphone mode and the camera switch, remembered in this browser. */
export function useRoomPreferences(videoInterview: boolean) {
  const [micMode, setMicMode] = useState<MicMode>(() =>
    localStorage.getItem(MIC_MODE_KEY) === "ptt" ? "ptt" : "handsfree",
  );
  const [cameraOn, setCameraOn] = useState(() => {
    const stored = localStorage.getItem(CAMERA_KEY);
    return stored === null ? videoInterview : stored === "on";
  });
  return {
    micMode,
    chooseMicMode: (mode: MicMode) => {
      setMicMode(mode);
      localStorage.setItem(MIC_MODE_KEY, mode);
    },
    cameraOn,
    toggleCamera: () =>
      setCameraOn((on) => {
        localStorage.setItem(CAMERA_KEY, on ? "off" : "on");
        return !on;
      }),
  };
}
