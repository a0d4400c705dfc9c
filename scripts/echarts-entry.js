// Tree-shaken ECharts for joblens.
//
// Bundled by scripts/build-echarts.mjs (esbuild, IIFE) into public/vendor/echarts.min.js,
// which index.html loads as a classic script before the wasm boots. The Rust `charming`
// crate calls the global `echarts.init(el, theme, opts)`; the app then uses
// `setOption(option, notMerge)`, `resize()`, `dispose()` and `getDataURL({...})` on the
// returned instance, and `echarts.getInstanceByDom(el)`.
//
// Add a chart or component here (and only here) when the app starts using it; a missing
// component is dropped silently by ECharts apart from a console warning.
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, ScatterChart, HeatmapChart } from 'echarts/charts';
import {
  TitleComponent,
  TooltipComponent,
  GridComponent,
  LegendComponent,
  VisualMapComponent,
  DatasetComponent,
  GraphicComponent,
  MarkLineComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  BoxplotChart,
  ScatterChart,
  HeatmapChart,
  TitleComponent,
  TooltipComponent,
  GridComponent,
  LegendComponent,
  VisualMapComponent,
  DatasetComponent,
  GraphicComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

window.echarts = echarts;
