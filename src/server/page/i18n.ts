// Every text of the page in English and Simplified Chinese. Elements carry data-text="key" (their
// text) or data-label="key" (their aria-label); setLanguage() rewrites them all in place. Texts
// made by the modules call t() and are re-made when the language changes.

export type Language = 'en' | 'zh';

const TEXTS = {
  en: {
    title: 'ResNet-18 image classifier',
    subtitle: 'Classifies on this device, or on the server this page comes from: your photos go nowhere else.',
    language: 'Language',
    modeLabel: 'Where to classify',
    onDevice: 'On this device',
    onServer: 'On the server',
    modeDevice: 'Classified in this browser: the photo is not uploaded.',
    modeServer: 'Classified by the server this page comes from: the photo is uploaded to it.',
    noDevice: 'This browser cannot classify on the device (it has no WebAssembly SIMD), so the server does.',
    loadingModel: 'Loading the model into this browser…',
    downloadingModel: 'Downloading the model (once)…',
    downloading: 'Downloading the weights (once): {loaded} of {total}',
    downloadingUnknown: 'Downloading the weights (once): {loaded}',
    fromCacheLoading: 'Reading the weights from this browser\u2019s cache…',
    modelReady: 'Model ready in this browser in {ms} ms ({source}): {backend}, {workers}.',
    weightsDownloaded: 'weights downloaded',
    weightsCached: 'weights from the cache',
    workersCount: '{count} workers ({where})',
    oneWorker: '1 worker ({where})',
    sourceLabel: 'What to classify',
    sourcePhoto: 'Photo',
    sourceCamera: 'Camera',
    cameraHint: 'The camera, live, classified in this browser: no frame is uploaded.',
    cameraVideo: 'The camera\u2019s picture',
    cameraStill: 'The frozen frame',
    cameraStarting: 'Starting the camera…',
    cameraFirstFrame: 'Classifying the first frame…',
    cameraStats: '{fps} fps · inference {ms} ms',
    cameraFrozenStats: 'Frozen · inference {ms} ms',
    cameraPlaceholder: 'The answer is shown over the camera\u2019s picture. Freeze to keep a frame and see how the network sees it.',
    freeze: 'Freeze',
    resume: 'Resume',
    snapshot: 'Classify one snapshot on the server',
    cameraFrame: 'Camera frame',
    whereWebWorkers: 'web workers',
    whereMainThread: 'main thread',
    decodePreprocess: 'Decode + preprocess',
    onThisDevice: 'on this device, nothing uploaded',
    howOnServer: '\u201cHow it sees\u201d is computed on the server: opening it sends this photo there.',
    dropHere: 'Drop a photo here, paste one, or',
    choose: 'choose a file',
    dropHintDevice: 'JPEG, PNG, WebP, GIF, BMP or AVIF (TIFF: on the server)',
    dropHintServer: 'JPEG, PNG, WebP, GIF, TIFF, BMP or AVIF, up to {size}',
    classifyOnServer: 'Classify it on the server',
    preview: 'The photo to classify',
    topLabel: 'Classes to show',
    classify: 'Classify',
    working: 'Classifying…',
    results: 'What ResNet-18 sees',
    noResult: 'Choose a photo to see what the network thinks it shows.',
    noChineseLabels: 'This model\u2019s classes have English names only.',
    imageInfo: 'Image',
    decode: 'Decode',
    preprocess: 'Preprocess',
    inference: 'Inference',
    total: 'Total',
    milliseconds: '{ms} ms',
    cached: 'from the cache',
    computed: 'computed now',
    announce: 'Top class: {label}, {percent}.',
    howItSees: 'How it sees',
    hideHowItSees: 'Hide how it sees',
    loadingMaps: 'Running the photo through every layer…',
    howIntro: 'Follow your photo through the network, from pixels to classes. Each grid shows every channel of one layer\u2019s output, black at the channel\u2019s lowest value and white at its highest. Click a tile to enlarge it, or focus a grid and use the arrow keys.',
    howIntroTouch: 'Follow your photo through the network, from pixels to classes. Each grid shows every channel of one layer\u2019s output, black at the channel\u2019s lowest value and white at its highest. Tap a tile to enlarge it.',
    pipeline: 'The layers, in order',
    inputTitle: 'The input',
    inputText: 'Your photo resized to 256 pixels on its short side, its centre 224×224 cut out, and each colour normalised: this is all the network ever sees.',
    filtersTitle: 'conv1 filters',
    filtersText: 'The 64 patterns of 7×7 pixels the first layer looks for, in colour. Each feature map of conv1 says where its filter matches.',
    stageText: {
      conv1: 'conv1 → bn1 → relu: 64 maps at half the resolution. Bright where a filter matched: edges, colours, textures.',
      maxpool: 'Max pooling keeps the strongest answer in each 3×3 neighbourhood and halves the size again.',
      layer1: 'Two residual blocks of 3×3 convolutions: combinations of edges, still at 56×56.',
      layer2: '128 channels at 28×28: corners, repeated patterns, simple parts.',
      layer3: '256 channels at 14×14: parts of objects, each map covering more of the photo.',
      layer4: '512 channels at 7×7: whole objects and textures. Their averages are the 512 features the classifier reads.',
    } as Record<string, string>,
    channelOf: 'Channel {channel} of {count}',
    showChannel: 'Channel',
    gridLabel: '{stage}: {count} channels. Arrow keys choose one.',
    enlarged: 'Channel {channel} of {stage}, enlarged',
    pictureFailed: 'This picture could not be loaded.',
    averageOf: 'Average: {value} (feature {channel} for fc)',
    pooledTitle: 'From features to classes',
    pooledText: 'Average pooling turns each of layer4\u2019s 512 maps into one number. The fully connected layer weighs these 512 numbers for every class; softmax turns the scores into probabilities.',
    pooledChart: 'The 512 pooled features, strongest ten highlighted',
    strongest: 'Strongest features (click one to see its layer4 channel)',
    feature: '#{index}',
    showFeature: 'Show channel {index} of layer4, whose average this is',
    flowPool: '512 × 7 × 7 → 512 averages',
    flowFc: '512 → {classes} scores, {params} weights',
    flowSoftmax: 'scores → probabilities',
    topFive: 'Top 5',
    stepsTitle: 'Every step ({count} modules, {params} parameters, {macs} multiply-adds)',
    stepName: 'module', stepOp: 'op', stepShape: 'output shape', stepParams: 'params', stepMacs: 'multiply-adds', stepMs: 'ms', stepMean: 'mean', stepZeros: 'zeros',
    footer: '{model} · {classes} classes',
    footerWeights: 'weights {file}',
    footerBackend: 'engine {backend}',
    footerDevice: 'in this browser: {backend}, {workers}',
    inferenceDevice: 'Computed in this browser by {backend} on {workers}',
    inferenceServer: 'Computed on the server by {backend}',
    errors: {
      not_image: 'That file is not an image. Choose a JPEG, PNG, WebP, GIF, TIFF, BMP or AVIF photo.',
      too_big: 'That file is {size}; the limit is {limit}. Choose a smaller photo.',
      empty_image: 'That file is empty.',
      corrupt_image: 'That image is damaged or cut short, so it cannot be read.',
      unsupported_format: 'That file is not an image in a format this server reads (JPEG, PNG, WebP, GIF, TIFF, BMP, AVIF).',
      too_large: 'That file is larger than the server accepts ({limit}).',
      too_many_pixels: 'That image has too many pixels for this server. Try a smaller version.',
      busy: 'The server is busy with other photos. Try again in {seconds} s.',
      unknown_image: 'The server has forgotten this photo. Choose it again.',
      network: 'The server cannot be reached. Is `resnet18 serve` still running?',
      unknown: 'Something went wrong on the server: {message}',
      device_load: 'The model could not be loaded in this browser: {message}. Choose \u201cOn the server\u201d instead.',
      device_failed: 'This browser could not classify that photo: {message}',
      camera_insecure: 'Browsers give the camera only to secure pages: open this page over https://, or as http://localhost on the computer that runs it. Photos work here as they are.',
      camera_unsupported: 'This browser gives web pages no camera. Choose \u201cPhoto\u201d to classify a file.',
      camera_denied: 'The permission to use the camera was refused. Allow the camera for this site (the icon in the address bar), then choose \u201cCamera\u201d again.',
      camera_no_camera: 'No camera was found on this device. Choose \u201cPhoto\u201d to classify a file.',
      camera_busy: 'The camera could not be started: another program may be using it. Close that program, then choose \u201cCamera\u201d again.',
      camera_failed: 'The camera could not be opened: {message}',
      camera_no_simd: 'This browser cannot classify on the device (it has no WebAssembly SIMD). You may send one snapshot of the camera to the server and classify it there: nothing is sent unless you press the button.',
      device_cannot_decode: 'This browser cannot read {format} images, so it cannot classify this one on the device. The server can.',
      device_too_many_pixels: 'That image has too many pixels to decode in this browser. Try a smaller version.',
    } as Record<string, string>,
  },
  zh: {
    title: 'ResNet-18 图像分类',
    subtitle: '在本设备上或在提供此页面的服务器上分类：照片不会发往其他任何地方。',
    language: '语言',
    modeLabel: '在哪里分类',
    onDevice: '在本设备上',
    onServer: '在服务器上',
    modeDevice: '在浏览器中分类：照片不会上传。',
    modeServer: '由提供此页面的服务器分类：照片会上传到服务器。',
    noDevice: '此浏览器不能在本设备上分类（不支持 WebAssembly SIMD），因此由服务器分类。',
    loadingModel: '正在把模型加载到浏览器…',
    downloadingModel: '正在下载模型（只需一次）…',
    downloading: '正在下载权重（只需一次）：{loaded} / {total}',
    downloadingUnknown: '正在下载权重（只需一次）：{loaded}',
    fromCacheLoading: '正在从浏览器缓存读取权重…',
    modelReady: '浏览器中的模型已就绪，用时 {ms} 毫秒（{source}）：{backend}，{workers}。',
    weightsDownloaded: '权重已下载',
    weightsCached: '权重来自缓存',
    workersCount: '{count} 个工作线程（{where}）',
    oneWorker: '1 个工作线程（{where}）',
    sourceLabel: '分类什么',
    sourcePhoto: '照片',
    sourceCamera: '摄像头',
    cameraHint: '摄像头实时画面，在浏览器中分类：不会上传任何画面。',
    cameraVideo: '摄像头画面',
    cameraStill: '定格的画面',
    cameraStarting: '正在启动摄像头…',
    cameraFirstFrame: '正在分类第一帧…',
    cameraStats: '{fps} 帧/秒 · 推理 {ms} 毫秒',
    cameraFrozenStats: '已定格 · 推理 {ms} 毫秒',
    cameraPlaceholder: '结果显示在摄像头画面上。点击“定格”保留一帧，再看看网络怎样看它。',
    freeze: '定格',
    resume: '继续',
    snapshot: '把一张快照发到服务器分类',
    cameraFrame: '摄像头画面',
    whereWebWorkers: 'Web Worker',
    whereMainThread: '页面主线程',
    decodePreprocess: '解码 + 预处理',
    onThisDevice: '在本设备上计算，未上传',
    howOnServer: '“网络怎样看”在服务器上计算：打开它会把这张照片发送到服务器。',
    dropHere: '把照片拖到这里、粘贴，或',
    choose: '选择文件',
    dropHintDevice: '支持 JPEG、PNG、WebP、GIF、BMP、AVIF（TIFF 需在服务器上分类）',
    dropHintServer: '支持 JPEG、PNG、WebP、GIF、TIFF、BMP、AVIF，最大 {size}',
    classifyOnServer: '在服务器上分类',
    preview: '待分类的照片',
    topLabel: '显示类别数',
    classify: '分类',
    working: '正在分类…',
    results: 'ResNet-18 看到了什么',
    noResult: '选择一张照片，看看网络认为它是什么。',
    noChineseLabels: '这个模型的类别只有英文名称。',
    imageInfo: '图片',
    decode: '解码',
    preprocess: '预处理',
    inference: '推理',
    total: '总计',
    milliseconds: '{ms} 毫秒',
    cached: '来自缓存',
    computed: '本次计算',
    announce: '最可能的类别：{label}，{percent}。',
    howItSees: '网络怎样看',
    hideHowItSees: '收起“网络怎样看”',
    loadingMaps: '正在让照片通过每一层…',
    howIntro: '跟着照片穿过网络，从像素到类别。每个网格显示某一层输出的全部通道，黑色是该通道的最小值，白色是最大值。点击小图即可放大，也可以聚焦网格后用方向键选择。',
    howIntroTouch: '跟着照片穿过网络，从像素到类别。每个网格显示某一层输出的全部通道，黑色是该通道的最小值，白色是最大值。轻触小图即可放大。',
    pipeline: '各层顺序',
    inputTitle: '输入',
    inputText: '照片短边缩放到 256 像素，取中央 224×224，再按颜色通道归一化：这就是网络看到的全部。',
    filtersTitle: 'conv1 卷积核',
    filtersText: '第一层寻找的 64 种 7×7 像素彩色图案。conv1 的每张特征图表示对应卷积核在哪里匹配。',
    stageText: {
      conv1: 'conv1 → bn1 → relu：64 张特征图，分辨率减半。亮处表示卷积核匹配：边缘、颜色、纹理。',
      maxpool: '最大池化保留每个 3×3 邻域中最强的响应，尺寸再减半。',
      layer1: '两个由 3×3 卷积组成的残差块：边缘的组合，仍为 56×56。',
      layer2: '128 个通道，28×28：角点、重复图案、简单部件。',
      layer3: '256 个通道，14×14：物体的部件，每张图覆盖照片更大的范围。',
      layer4: '512 个通道，7×7：整个物体和纹理。它们的平均值就是分类器读取的 512 个特征。',
    } as Record<string, string>,
    channelOf: '第 {channel} 个通道，共 {count} 个',
    showChannel: '通道',
    gridLabel: '{stage}：{count} 个通道。用方向键选择。',
    enlarged: '{stage} 的第 {channel} 个通道（放大）',
    pictureFailed: '这张图无法加载。',
    averageOf: '平均值：{value}（fc 的第 {channel} 个特征）',
    pooledTitle: '从特征到类别',
    pooledText: '平均池化把 layer4 的 512 张特征图各变成一个数。全连接层为每个类别给这 512 个数加权求和；softmax 把得分变成概率。',
    pooledChart: '512 个池化特征，最强的十个已突出显示',
    strongest: '最强的特征（点击查看对应的 layer4 通道）',
    feature: '#{index}',
    showFeature: '显示 layer4 的第 {index} 个通道（这个数是它的平均值）',
    flowPool: '512 × 7 × 7 → 512 个平均值',
    flowFc: '512 → {classes} 个得分，{params} 个权重',
    flowSoftmax: '得分 → 概率',
    topFive: '前 5 名',
    stepsTitle: '每一步（{count} 个模块，{params} 个参数，{macs} 次乘加）',
    stepName: '模块', stepOp: '运算', stepShape: '输出形状', stepParams: '参数', stepMacs: '乘加', stepMs: '毫秒', stepMean: '均值', stepZeros: '零值',
    footer: '{model} · {classes} 个类别',
    footerWeights: '权重 {file}',
    footerBackend: '引擎 {backend}',
    footerDevice: '浏览器中：{backend}，{workers}',
    inferenceDevice: '在浏览器中由 {backend} 计算，{workers}',
    inferenceServer: '在服务器上由 {backend} 计算',
    errors: {
      not_image: '这个文件不是图片。请选择 JPEG、PNG、WebP、GIF、TIFF、BMP 或 AVIF 照片。',
      too_big: '这个文件有 {size}，上限是 {limit}。请选择更小的照片。',
      empty_image: '这个文件是空的。',
      corrupt_image: '这张图片已损坏或不完整，无法读取。',
      unsupported_format: '这个文件不是服务器能读取的图片格式（支持 JPEG、PNG、WebP、GIF、TIFF、BMP、AVIF）。',
      too_large: '文件超过服务器允许的大小（{limit}）。',
      too_many_pixels: '图片像素太多。请换一张较小的图片。',
      busy: '服务器正忙于处理其他照片，请 {seconds} 秒后再试。',
      unknown_image: '服务器已不记得这张照片，请重新选择。',
      network: '无法连接服务器。`resnet18 serve` 还在运行吗？',
      unknown: '服务器出错了：{message}',
      device_load: '无法在浏览器中加载模型：{message}。请改选“在服务器上”。',
      device_failed: '此浏览器无法分类这张照片：{message}',
      camera_insecure: '浏览器只允许安全页面使用摄像头：请通过 https:// 打开此页面，或在运行服务的电脑上用 http://localhost 打开。照片分类在这里照常可用。',
      camera_unsupported: '此浏览器不允许网页使用摄像头。请选择“照片”来分类文件。',
      camera_denied: '摄像头权限被拒绝。请在地址栏的图标中允许此网站使用摄像头，然后再次选择“摄像头”。',
      camera_no_camera: '此设备上没有找到摄像头。请选择“照片”来分类文件。',
      camera_busy: '无法启动摄像头：可能有其他程序正在使用它。关闭那个程序后再次选择“摄像头”。',
      camera_failed: '无法打开摄像头：{message}',
      camera_no_simd: '此浏览器不能在本设备上分类（不支持 WebAssembly SIMD）。你可以把摄像头的一张快照发到服务器分类：不按按钮就不会发送任何画面。',
      device_cannot_decode: '此浏览器无法读取 {format} 图片，所以不能在本设备上分类这张照片。服务器可以。',
      device_too_many_pixels: '图片像素太多，浏览器无法解码。请换一张较小的图片。',
    } as Record<string, string>,
  },
};

export type TextKey = Exclude<keyof (typeof TEXTS)['en'], 'stageText' | 'errors'>;

let current: Language = 'en';

export function language(): Language {
  return current;
}

/** The text for `key` in the current language, with {name} placeholders filled in. */
export function t(key: TextKey, values: Record<string, string | number> = {}): string {
  return fill(TEXTS[current][key] as string, values);
}

/** A class's name in the page's language: the Chinese name when there is one and 中文 is chosen. */
export function labelOf(prediction: { label: string; label_zh?: string }): string {
  return current === 'zh' && prediction.label_zh ? prediction.label_zh : prediction.label;
}

/** The lang attribute for labelOf(prediction): an English class name stays "en" on a Chinese page. */
export function labelLanguage(prediction: { label: string; label_zh?: string }): string {
  return current === 'zh' && prediction.label_zh ? 'zh-Hans' : 'en';
}

export function stageText(stage: string): string {
  return TEXTS[current].stageText[stage] ?? '';
}

export function errorText(code: string, values: Record<string, string | number> = {}): string {
  const errors = TEXTS[current].errors;
  return fill(errors[code] ?? errors.unknown, values);
}

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Whether the visitor points with a finger only (a phone): texts then say "tap", not "click… arrow keys". */
function touchOnly(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
}

/** `key`, or its "…Touch" variant where there is one and the visitor has only a touch screen. */
function forPointer(key: TextKey): TextKey {
  const touch = `${key}Touch`;
  return touchOnly() && touch in TEXTS[current] ? touch as TextKey : key;
}

/** Switches language and rewrites every element marked with data-text or data-label. */
export function setLanguage(next: Language, values: Record<string, string | number> = {}): void {
  current = next;
  document.documentElement.lang = next === 'zh' ? 'zh-Hans' : 'en';
  document.title = t('title');
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = t(forPointer(element.dataset.text as TextKey), values);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    element.setAttribute('aria-label', t(element.dataset.label as TextKey, values));
  }
}
