import workletUrl from "./pcm-capture-worklet?worker&url";

const loaded = new WeakSet<BaseAudioContext>();

export interface MicChunk {
  /** PCM16LE mono 16 kHz, 100 ms. */
  pcm: ArrayBuffer;
  rms: number;
}

/**
 * The microphone through an AudioWorklet that turns it into 16 kHz PCM16 chunks. Echo cancellation,
 * noise suppression and automatic gain are asked of the browser.
 */
export class MicrophoneCapture {
  private constructor(
    private readonly stream: MediaStream,
    private readonly source: MediaStreamAudioSourceNode,
    private readonly node: AudioWorkletNode,
  ) {}

  static async start(context: AudioContext, onChunk: (chunk: MicChunk) => void): Promise<MicrophoneCapture> {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, channelCount: 1 },
    });
    try {
      if (!loaded.has(context)) {
        await context.audioWorklet.addModule(workletUrl);
        loaded.add(context);
      }
      const source = context.createMediaStreamSource(stream);
      const node = new AudioWorkletNode(context, "pcm-capture", {
        numberOfInputs: 1,
        numberOfOutputs: 1,
        channelCount: 1,
        channelCountMode: "explicit",
      });
      node.port.onmessage = (event: MessageEvent<MicChunk>) => onChunk(event.data);
      source.connect(node);
      // The node outputs silence; connecting it keeps the graph pulling it on every browser.
      node.connect(context.destination);
      return new MicrophoneCapture(stream, source, node);
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      throw error;
    }
  }

  stop() {
    this.node.port.onmessage = null;
    this.source.disconnect();
    this.node.disconnect();
    for (const track of this.stream.getTracks()) track.stop();
  }
}
