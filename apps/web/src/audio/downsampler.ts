/**
 * Streams float samples from one rate to another. Going down it averages every input window (a box
 * filter, enough to keep speech clean at 16 kHz); going up it holds the last sample.
 */
export class Downsampler {
  private readonly ratio: number;
  private position = 0;
  private sum = 0;
  private count = 0;
  private last = 0;

  constructor(inputRate: number, outputRate: number) {
    this.ratio = inputRate / outputRate;
  }

  push(input: Float32Array): Float32Array {
    const out = new Float32Array(Math.ceil(input.length / this.ratio) + 2);
    let written = 0;
    for (let i = 0; i < input.length; i++) {
      const sample = input[i] ?? 0;
      this.sum += sample;
      this.count += 1;
      this.position += 1;
      while (this.position >= this.ratio) {
        if (this.count > 0) {
          this.last = this.sum / this.count;
          this.sum = 0;
          this.count = 0;
        }
        out[written++] = this.last;
        this.position -= this.ratio;
      }
    }
    return out.subarray(0, written);
  }
}
