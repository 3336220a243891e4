// A script that loads a model, runs it and ends without close(): it must exit by itself.
import { createResNet18 } from '../../src/model/model.js';
import { randomStateDict, randomTensor } from './random.js';

const model = await createResNet18({ weights: randomStateDict({ widths: [4, 4, 4, 4], numClasses: 10 }), workers: 2 });
const logits = await model.forward(randomTensor([1, 3, 32, 32], 'x'));
console.log(`logits [${logits.shape.join(', ')}]`);
