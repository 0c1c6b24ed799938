import {
  activityView,
  createCommunicationRequest,
  createTrainingRequest,
  idParam,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import { articleExample, ids, trainingExample } from "../examples";

const tags = ["association"];

export const createTraining = defineRoute({
  method: "post",
  path: "/org-units/:id/trainings",
  operationId: "recordTrainingCourse",
  summary: "Record a training course the province or a commune association ran",
  description:
    "Title, dates, place, the trainee places in all, and each trainee listed: a member with the club they were a member of on the first day (a club under the organiser), or association staff by name and role. The organiser must be an association level, not a club (422). Retry-safe (`Idempotency-Key`) and syncable.",
  tags,
  idempotent: true,
  params: idParam("orgUnit"),
  body: createTrainingRequest,
  response: activityView,
  status: 201,
  problems: {
    409: "A trainee's membership changed while the course was being recorded",
    422: "A field is invalid: a club as organiser, a trainee who was not a member of their club, fewer places than trainees",
  },
  examples: {
    request: {
      title: "Tập huấn kỹ năng quản lý câu lạc bộ",
      startsOn: "2025-04-08",
      endsOn: "2025-04-09",
      place: "Hội trường UBND xã Hoàng Đồng",
      traineePlaces: 42,
      trainees: [
        { personId: ids.hoa, clubId: ids.club },
        { staffName: "Lương Văn Hùng", staffRole: "Phó Chủ tịch Hội NCT xã" },
      ],
    },
    response: trainingExample,
  },
});

export const createCommunication = defineRoute({
  method: "post",
  path: "/org-units/:id/communications",
  operationId: "recordCommunication",
  summary: "Record a news item, article or report about the clubs",
  description:
    "Kind (news item, article, report), outlet (the province newspaper, radio/TV, a website …), the outlet's name, the date it appeared and its title. Retry-safe (`Idempotency-Key`) and syncable.",
  tags,
  idempotent: true,
  params: idParam("orgUnit"),
  body: createCommunicationRequest,
  response: activityView,
  status: 201,
  examples: {
    request: {
      kind: "article",
      outlet: "province_newspaper",
      outletName: "Báo Lạng Sơn",
      publishedOn: "2025-05-25",
      title: "CLB liên thế hệ Nà Chuông giúp hộ nghèo sau bão",
    },
    response: articleExample,
  },
});
