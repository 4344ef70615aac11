"use client";

import { useId, useState } from "react";
import Cropper, { type Area } from "react-easy-crop";
import { useFormatter, useTranslations } from "next-intl";
import { Label } from "@/components/ui/label";

export type CropArea = { x: number; y: number; width: number; height: number };

/**
 * The square to keep, chosen by dragging (pointer or touch) or with the arrow keys on the focused frame, and the
 * zoom with a slider. Reports the area in pixels of the image as the browser shows it (EXIF orientation applied),
 * which is how the server reads it too.
 */
export function PhotoCropper({ src, onArea }: { src: string; onArea: (area: CropArea) => void }) {
  const t = useTranslations("settings.photo");
  const format = useFormatter();
  const [crop, setCrop] = useState({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(1);
  const zoomId = useId();
  const hintId = useId();
  const report = (_: Area, px: Area) =>
    onArea({ x: Math.round(px.x), y: Math.round(px.y), width: Math.round(px.width), height: Math.round(px.height) });
  return (
    <div className="space-y-3">
      <div className="relative h-72 w-full overflow-hidden rounded-md bg-muted sm:h-80">
        <Cropper
          image={src}
          crop={crop}
          zoom={zoom}
          aspect={1}
          cropShape="round"
          showGrid={false}
          keyboardStep={10}
          onCropChange={setCrop}
          onZoomChange={setZoom}
          onCropComplete={report}
          mediaProps={{ alt: t("chosenAlt") }}
          cropperProps={{ role: "group", "aria-label": t("cropFrame"), "aria-describedby": hintId }}
        />
      </div>
      <p id={hintId} className="text-sm text-muted-foreground">
        {t("cropHint")}
      </p>
      <div className="flex items-center gap-3">
        <Label htmlFor={zoomId} className="shrink-0">
          {t("zoom")}
        </Label>
        <input
          id={zoomId}
          type="range"
          min={1}
          max={3}
          step={0.05}
          value={zoom}
          aria-valuetext={format.number(zoom, { style: "percent", maximumFractionDigits: 0 })}
          onChange={(e) => setZoom(Number(e.target.value))}
          className="w-full accent-primary"
        />
      </div>
    </div>
  );
}
