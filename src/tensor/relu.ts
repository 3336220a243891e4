// relu: y = max(x, 0), element-wise. NaN stays NaN, as in PyTorch.

import { tensor, type Tensor } from './tensor.js';

export function relu(input: Tensor): Tensor {
  const out = tensor(input.shape);
  for (let i = 0; i < input.data.length; i++) {
    const v = input.data[i];
    out.data[i] = v < 0 ? 0 : v;
  }
  return out;
}
