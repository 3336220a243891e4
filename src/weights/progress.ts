// The one shape of "how far have the weights come", in Node (loadModel's onProgress) and in the
// browser (resnet18-ts/browser's onProgress): the names of the web's ProgressEvent.

/** How much of the weights has been read, from the network or from where they were kept. */
export interface WeightsProgress {
  /** Bytes read so far. */
  loaded: number;
  /** The file's size, when known (the server's Content-Length, or the kept file's size); else null. */
  total: number | null;
  /** True when the weights come from where an earlier run kept them (a file, Cache Storage), not the network. */
  fromCache: boolean;
}
