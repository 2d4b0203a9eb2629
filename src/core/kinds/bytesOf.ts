/** The bytes of any binary value (typed array, DataView, ArrayBuffer), without copying. @internal */
export function bytesOf(value: ArrayBufferView | ArrayBufferLike): Uint8Array {
  return ArrayBuffer.isView(value)
    ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
    : new Uint8Array(value)
}

/** Whether a binary value is a typed array with elements (not a DataView or a raw buffer). @internal */
export function isTypedArray(value: object): value is ArrayLike<number | bigint> & ArrayBufferView {
  return ArrayBuffer.isView(value) && !(value instanceof DataView)
}
